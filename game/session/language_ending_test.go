package session

import (
	"strings"
	"testing"
)

// TestAnEndingReachedByALanguageSlipNamesTheLanguage: HEMA's English round
// whose last reply (after a first that only said it was looking into it) thanked the diabetes blog in Dutch ended "Decent, but
// vague: in public it stayed at general words", beside a third reply that
// named the changes in public; the same reply in English ended "Apology
// accepted" (playtest 29, t1.json and t2.json). Where the language of the
// reply, not what it said, sent the round to its ending, the ending names
// the language, quotes the reply and the ending the same reply in the
// round's language reaches; it no longer tells the story of vague replies.
// The round with the reply in the right language keeps its ending as
// written, in both languages.
func TestAnEndingReachedByALanguageSlipNamesTheLanguage(t *testing.T) {
	rounds := map[string]struct {
		steps      []Step
		right      string // the last reply in the round's language
		wrong      string // the same in the other language
		vague      string // the words of the ending for vague replies
		language   string // the round's language, as the ending names it
		acceptedID string
	}{
		"en": {
			steps: []Step{
				{At: 24, Text: "Dear Naomi, we are sorry to hear about your experience. We are looking into what happened in our store. Kind regards, Marloes"},
				{At: 311, Text: "Naomi, I'm sorry, my earlier reply was wrong. Injecting insulin is never a reason to detain anyone, and you did nothing wrong. Our head of customer service would like to call you today. - Marloes"},
				{At: 439, Text: "Thank you Naomi for talking with us. We are changing this: our security staff will be trained about diabetes and insulin pens, together with people who have diabetes, and anyone who needs a fitting room for medication is welcome. We'll keep you posted. - Marloes"},
			},
			right:    "Thank you, we'd gladly take you up on that! We will contact you this week to agree together on how our stores handle this. Regards, Marloes",
			wrong:    "Dank jullie wel, daar gaan we graag op in! We nemen deze week contact met jullie op om samen afspraken te maken voor onze winkels. Groet, Marloes",
			vague:    "general words",
			language: "English",
		},
		"nl": {
			steps: []Step{
				{At: 24, Text: "Beste Naomi, vervelend om te horen van je ervaring. We zoeken uit wat er in onze winkel is gebeurd. Met vriendelijke groet, Marloes"},
				{At: 311, Text: "Naomi, het spijt me, mijn eerdere reactie was fout. Insuline spuiten is nooit een reden om iemand vast te houden, en jij deed niets verkeerd. Ons hoofd klantenservice belt je vandaag. - Marloes"},
				{At: 439, Text: "Dank je Naomi voor het gesprek. Dit veranderen we: onze beveiligers krijgen een training over diabetes en insulinepennen, samen met mensen met diabetes, en wie een paskamer nodig heeft voor medicatie is welkom. We houden je op de hoogte. - Marloes"},
			},
			right:    "Dank jullie wel, daar gaan we graag op in! We nemen deze week contact met jullie op om samen afspraken te maken voor onze winkels. Groet, Marloes",
			wrong:    "Thank you, we'd gladly take you up on that! We will contact you this week to agree together on how our stores handle this. Regards, Marloes",
			vague:    "algemene woorden",
			language: "Nederlands",
		},
	}
	for lang, c := range rounds {
		sc := builtin(t, "hema-insuline", lang)
		play := func(last string) *Session {
			steps := append(append([]Step(nil), c.steps...), Step{At: 806, Text: last})
			s, err := Run(sc, Options{Seed: 1, Mode: Practice}, &FromTranscript{Steps: steps})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		right, wrong := play(c.right), play(c.wrong)
		re, we := right.Ending(), wrong.Ending()
		if re == nil || we == nil {
			t.Fatalf("%s: a round without an ending", lang)
		}
		if re.ID == we.ID {
			t.Fatalf("%s: both rounds end %q (paths %v, %v); the test needs the language to decide the ending", lang, re.ID, right.history, wrong.history)
		}
		if own, _ := sc.Ending(re.ID); re.Text != own.Text && !strings.Contains(re.Text, own.Text) {
			t.Errorf("%s: the round in the right language no longer ends as written: %q", lang, re.Text)
		}
		if strings.Contains(we.Text, c.vague) {
			t.Errorf("%s: the ending blames vague replies for a reply in the wrong language: %q", lang, we.Text)
		}
		if !strings.Contains(we.Text, c.language) {
			t.Errorf("%s: the ending does not say the reply was not in %s: %q", lang, c.language, we.Text)
		}
		if !strings.Contains(we.Text, replyQuote(c.wrong)) {
			t.Errorf("%s: the ending does not quote the reply in the wrong language: %q", lang, we.Text)
		}
		if !strings.Contains(we.Text, sc.EndingTitle(re.ID)) {
			t.Errorf("%s: the ending does not name where the same reply in %s ends (%q): %q", lang, c.language, sc.EndingTitle(re.ID), we.Text)
		}
		if own, _ := sc.Ending(we.ID); we.Title == own.Title {
			t.Errorf("%s: the ending keeps the title %q, which speaks of what the replies said", lang, we.Title)
		}
	}
}
