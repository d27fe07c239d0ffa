package server

import (
	"fmt"
	"testing"
	"time"
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
	g := newGuard(func() time.Time { return now })
	taken := 0
	for a := 0; a < 50; a++ {
		for range guessPerAddress + 5 {
			if ok, _ := g.take(fmt.Sprintf("10.0.0.%d", a)); ok {
				taken++
			}
		}
	}
	if taken > guessGlobal {
		t.Fatalf("%d guesses checked from 50 addresses in a minute; the server-wide limit is %d", taken, guessGlobal)
	}
	if ok, _ := g.take("192.168.1.1"); ok {
		t.Fatal("a new address could guess while the server was locked")
	}
	now = now.Add(guessWindowLen + time.Second)
	if ok, _ := g.take("192.168.1.1"); !ok {
		t.Fatal("still locked after the first lockout's minute")
	}
	if len(g.recent()) == 0 {
		t.Fatal("the lockouts are not kept for the trainer")
	}
}
