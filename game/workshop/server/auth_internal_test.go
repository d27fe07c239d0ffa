package server

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/store"
)

func TestCommonAndShortSecretsAreRefused(t *testing.T) {
	for _, s := range []string{
		"short1!", "Password1234", "P@ssw0rd2024!", "Welkom123456", "wachtwoord12", "qwertyuiop12",
		"123456789012", "aaaaaaaaaaaa", "abcabcabcabc", "1q2w3e4r5t6y", "Summer2024!!", "iloveyou1234",
		"trainertrainer", "WebcareSim2026", "0612345678901",
	} {
		if CheckSecret(s) == nil {
			t.Errorf("%q was taken as a trainer password", s)
		}
	}
	for _, s := range []string{
		"trainer-secret-for-tests", "e2e-trainer-secret", "blauwe fiets op de dijk", "kx9-Tomb-vlier", NewSecret(),
	} {
		if err := CheckSecret(s); err != nil {
			t.Errorf("%q refused: %v", s, err)
		}
	}
}

// Guessing from many addresses meets the server-wide limit: once it is
// reached, an address that never guessed is refused too, until the lockout
// ends.
func TestGuessingFromManyAddressesLocksTheServer(t *testing.T) {
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir()+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g := newGuard(st, func() time.Time { return now }, slog.Default())
	taken := 0
	for a := 0; a < 50; a++ {
		for range guessPerAddress + 5 {
			if ok, _ := g.take(ctx, fmt.Sprintf("10.0.0.%d", a)); ok {
				taken++
			}
		}
	}
	if taken > guessGlobal {
		t.Fatalf("%d guesses checked from 50 addresses in a minute; the server-wide limit is %d", taken, guessGlobal)
	}
	if ok, _ := g.take(ctx, "192.168.1.1"); ok {
		t.Fatal("a new address could guess while the server was locked")
	}
	now = now.Add(guessWindowLen + time.Second)
	if ok, _ := g.take(ctx, "192.168.1.1"); !ok {
		t.Fatal("still locked after the first lockout's minute")
	}
	if len(g.recent()) == 0 {
		t.Fatal("the lockouts are not kept for the trainer")
	}
}

// Workshop codes are uniform over their alphabet: a chi-square test of the
// characters of 100,000 codes, each position apart and all together.
func TestWorkshopCodesAreUniform(t *testing.T) {
	const n = 100000
	k := len(codeAlphabet)
	counts := make([][]int, codeLength+1) // per position, and [codeLength] over all
	for i := range counts {
		counts[i] = make([]int, k)
	}
	idx := map[byte]int{}
	for i := 0; i < k; i++ {
		idx[codeAlphabet[i]] = i
	}
	for range n {
		c := newCode()
		if len(c) != codeLength {
			t.Fatalf("code %q", c)
		}
		for p := 0; p < codeLength; p++ {
			j, ok := idx[c[p]]
			if !ok {
				t.Fatalf("code %q has a character outside the alphabet", c)
			}
			counts[p][j]++
			counts[codeLength][j]++
		}
	}
	// 31 degrees of freedom: the 99.999% point of chi-square is 76.9
	// (Wilson–Hilferty), so the nine checks fail by chance about once in
	// 10,000 runs; the old codes (taken from base64 text, five characters
	// never drawn) score in the thousands.
	const critical = 76.9
	for p, cs := range counts {
		total := n
		if p == codeLength {
			total = n * codeLength
		}
		exp := float64(total) / float64(k)
		chi := 0.0
		for j, c := range cs {
			if c == 0 {
				t.Fatalf("position %d: %q never occurs", p, codeAlphabet[j])
			}
			d := float64(c) - exp
			chi += d * d / exp
		}
		if chi > critical {
			t.Errorf("position %d: chi-square %.1f over 31 degrees of freedom (critical %.1f): not uniform", p, chi, critical)
		}
	}
	if bits := float64(codeLength) * 5; bits < 40 {
		t.Errorf("codes have %.0f bits", bits)
	}
}
