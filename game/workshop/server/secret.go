package server

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinSecretRunes is the shortest trainer password the server takes. With
// the guessing limit (10 a minute an address) a random 12-character
// password holds for longer than any workshop; a human-chosen one only if
// it is not a common one, hence CheckSecret.
const MinSecretRunes = 12

// commonWords are the cores of the passwords people pick first, in Dutch
// and English: a password that is one of these with digits or symbols
// around it (Welkom2024!, Password1234) falls to the first guesses of any
// list. Lower case, letters only.
var commonWords []string

func init() {
	commonWords = strings.Fields(`
		password passwords passw0rd wachtwoord wachtwoorden welkom welcome
		letmein iloveyou ikhouvanjou admin administrator root toor login
		qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm azerty abc abcdef abcdefgh
		abcdefghijkl trustno monkey dragon master shadow sunshine princess
		football baseball soccer voetbal ajax feyenoord psv superman batman
		starwars pokemon michael jennifer jordan hunter killer whatever
		secret geheim geheimpje trainer training workshop webcare webcaresim
		simulator company bedrijf changeme changeit default test testing
		guest gast summer winter spring autumn zomer winter lente
		herfst january february march april may june july august september
		october november december januari februari maart mei juni juli
		augustus oktober correcthorsebatterystaple
	`)
	// Longest first: webcaresim is taken whole before webcare leaves "sim".
	sort.SliceStable(commonWords, func(i, j int) bool { return len(commonWords[i]) > len(commonWords[j]) })
}

// keyboardRuns are sequences a password typed along the keyboard follows.
var keyboardRuns = []string{
	"1234567890", "0987654321", "qwertyuiop", "poiuytrewq", "asdfghjkl",
	"lkjhgfdsa", "zxcvbnm", "mnbvcxz", "abcdefghijklmnopqrstuvwxyz",
	"1qaz2wsx3edc4rfv5tgb", "zaq12wsxcde34rfv", "1q2w3e4r5t6y7u8i9o0p",
	"azertyuiop",
}

var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t", "@", "a", "$", "s", "!", "i")

// CheckSecret refuses a trainer password that is short or common: under
// MinSecretRunes characters, fewer than 6 different characters, a run
// along the keyboard, or a common word with only digits and symbols
// around it.
func CheckSecret(secret string) error {
	n := utf8.RuneCountInString(secret)
	if n < MinSecretRunes {
		return fmt.Errorf("the trainer's password must be at least %d characters (it has %d)", MinSecretRunes, n)
	}
	low := strings.ToLower(secret)
	distinct := map[rune]bool{}
	for _, r := range low {
		distinct[r] = true
	}
	if len(distinct) < 6 {
		return errors.New("the trainer's password repeats too few characters: choose one that is not guessed early")
	}
	if isKeyboardRun(low) {
		return errors.New("the trainer's password follows the keyboard: choose one that is not guessed early")
	}
	if commonCore(low) {
		return errors.New("the trainer's password is a common password with digits or symbols around it: choose one that is not guessed early")
	}
	return nil
}

// isKeyboardRun reports whether s is made of pieces of keyboard runs and
// repeats of them only (qwertyuiop12, 123456789012).
func isKeyboardRun(s string) bool {
	rest := s
	for rest != "" {
		best := 0
		for _, run := range keyboardRuns {
			for l := min(len(run), len(rest)); l > best; l-- {
				if strings.Contains(run, rest[:l]) {
					best = l
					break
				}
			}
		}
		if best < 3 {
			return false
		}
		rest = rest[best:]
	}
	return true
}

// commonCore reports whether s is common words (or one repeated) with
// only digits, symbols or a keyboard run left over. The words are looked
// for with the l33t spelling undone (P@ssw0rd); the replacements are one
// byte for one, so the positions match the original.
func commonCore(s string) bool {
	orig, plain := []byte(s), []byte(leet.Replace(s))
	for found := true; found; {
		found = false
		for _, w := range commonWords {
			if i := strings.Index(string(plain), w); i >= 0 {
				orig = append(orig[:i:i], orig[i+len(w):]...)
				plain = append(plain[:i:i], plain[i+len(w):]...)
				found = true
			}
		}
	}
	var letters strings.Builder
	for _, r := range string(orig) {
		if unicode.IsLetter(r) {
			letters.WriteRune(r)
		}
	}
	return letters.Len() == 0 || isKeyboardRun(letters.String())
}
