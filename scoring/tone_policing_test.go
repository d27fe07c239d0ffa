package scoring

import "testing"

// Telling a customer who is right to mind their tone is the put-down the
// Sanoma case teaches, in English as in Dutch (playtest 22, P22-22: "Fair
// enough, my mistake. No need to be snarky about it though :)" scored
// 83/88, all green, while the Dutch twin "je hoeft er alleen niet zo
// vinnig over te doen hoor :)" was sarcasm, 35/30). A reassurance ("no
// need to be sorry", "geen zorgen") is none.
func TestToldOffForTheirToneInBothLanguages(t *testing.T) {
	post := "I wrote ALREADY called, not called A LOT. Reading is a skill as well. / Ik schreef AL gebeld, niet VAAK gebeld. Lezen is ook een vak."
	policing := [][2]string{
		{"en", "@dorien_deboef Fair enough, my mistake. No need to be snarky about it though :) Can you DM me your customer number? Then I'll look into it. ^Lotte"},
		{"nl", "@dorien_deboef Terecht, mijn fout. Je hoeft er alleen niet zo vinnig over te doen hoor :) Kun je me je klantnummer DMen? Dan kijk ik ernaar. ^Lotte"},
		{"en", "@dorien_deboef Fair point, I misread it. There's no need for that tone though. Could you DM me your customer number? ^Lotte"},
		{"nl", "@dorien_deboef Klopt, ik las het verkeerd. Maar die toon is nergens voor nodig hoor. Stuur je me je klantnummer via DM? ^Lotte"},
		{"en", "@dorien_deboef You're right. Don't be so rude about it though. DM me your customer number? ^Lotte"},
		{"nl", "@dorien_deboef Je hebt gelijk. Wel een beetje minder bits graag. DM je me je klantnummer? ^Lotte"},
		{"en", "@dorien_deboef Calm down, Dorien, I'm on it. DM me your customer number? ^Lotte"},
		{"nl", "@dorien_deboef Rustig aan, Dorien, ik ben ermee bezig. DM je me je klantnummer? ^Lotte"},
	}
	for _, c := range policing {
		a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6})
		if !a.Has("sarcasm") || Overall(a) > 45 {
			t.Errorf("%q: want the tone-policing as a put-down, got %v (%.0f/%.0f)", c[1], ids(a), a.Empathy, a.Deescalation)
		}
	}
	for _, c := range [][2]string{
		{"en", "@dorien_deboef You're right and I'm sorry. No need to be sorry yourself, it was my mistake. I've noted that you already called. ^Lotte"},
		{"nl", "@dorien_deboef Je hebt gelijk, sorry. Je hoeft je niet te verontschuldigen, het was mijn fout. Ik heb genoteerd dat je al gebeld had. ^Lotte"},
		{"en", "@dorien_deboef No need to call again: I've cancelled it myself today. ^Lotte"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); a.Has("sarcasm") {
			t.Errorf("%q: no put-down, got %v", c[1], ids(a))
		}
	}
}
