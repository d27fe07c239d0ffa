package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// playTyped opens the first decision of a case and publishes text there,
// then runs until the next decision opens or the round ends.
func playTyped(t *testing.T, id, lang, text string) *Session {
	t.Helper()
	sc, ok := scenarios.Builtin().Find(id, lang)
	if !ok {
		t.Fatalf("%s (%s) missing", id, lang)
	}
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	openNext(t, s)
	if err := s.Publish(text); err != nil {
		t.Fatal(err)
	}
	openNext(t, s)
	return s
}

// The example: a sarcastic typed reply about exams to
// "Kut-universiteit" used to get "jullie beginnen over mijn taalgebruik?".
// Typed replies of every kind now get a follow-up that answers what they
// did, not what a written choice said.
func TestTypedRepliesOfEveryKindGetFollowUpsThatFit(t *testing.T) {
	for _, c := range []struct{ kind, text string }{
		{"sarcastic", "@brampost Tja, misschien had je gewoon beter moeten leren voor je tentamen 🙄"},
		{"apologetic", "@brampost Sorry Bram, dat klinkt echt vervelend. Wat is er aan de hand? Ik help je graag verder. ^Eva"},
		{"evasive", "@brampost Wij kunnen hier helaas niet op reageren."},
		{"off-topic", "@brampost Mooi weer vandaag, hè? Geniet ervan!"},
	} {
		s := playTyped(t, "universiteit-kut", "nl", c.text)
		var after []string
		for _, f := range s.Feed() {
			if f.Minute > s.Replies()[0].Minute && f.By != "crowd" {
				after = append(after, f.Text)
			}
		}
		if d := s.Decision(); d != nil {
			after = append(after, d.Prompt)
			for _, ch := range d.Choices {
				after = append(after, ch.Text)
			}
		}
		story := strings.ToLower(strings.Join(after, " | "))
		for _, presumed := range []string{"taalgebruik", "over je woorden", "contactformulier", "verwijzing", "heb ik gedaan"} {
			if strings.Contains(story, presumed) {
				t.Errorf("%s reply %q: the follow-up takes %q for granted: %s", c.kind, c.text, presumed, story)
			}
		}
	}
}

// A follow-up post with {reply} quotes the opening of what the trainee
// wrote: the newspaper prints the owner's own words, whatever route brought
// the story there.
func TestFollowUpQuotesTheTypedReply(t *testing.T) {
	text := "Wat jammer dat het zo liep, Anouk. Vrijdag was het erg druk, maar dat is geen excuus. We nemen contact met je op."
	s := playTyped(t, "servicepolitie", "nl", text)
	found := false
	for _, f := range s.Feed() {
		if f.By == "parool" && strings.Contains(f.Text, "'Wat jammer dat het zo liep, Anouk.'") {
			found = true
		}
		if strings.Contains(f.Text, ReplyPlaceholder) {
			t.Errorf("placeholder left in the feed: %q", f.Text)
		}
	}
	if !found {
		t.Errorf("no post quotes the reply's first sentence; feed: %v", s.Feed())
	}
	if got := replyQuote("@a @b " + strings.Repeat("woord ", 40)); len([]rune(got)) > ReplyQuoteMax || !strings.HasSuffix(got, "…") || strings.HasPrefix(got, "@") {
		t.Errorf("a long reply is quoted as %q", got)
	}
}

// Domino's answered Kevin's praise with a stock reply; a trainee who then
// types a sorry for that slip, with thanks for the compliment, did what the
// real brand did. It used to take the route for stock replies and end
// "Autopilot: webcare that doesn't read what it's answering".
func TestASorryForTheBrandsOwnSlipIsNotAutopilot(t *testing.T) {
	for lang, text := range map[string]string{
		"nl": "Oeps Kevin, sorry, dat ging mis! Bedankt voor het compliment, eet smakelijk! ^Tom",
		"en": "Oops Kevin, sorry, that went wrong! Thanks for the compliment, enjoy your meal! ^Tom",
	} {
		sc, ok := scenarios.Builtin().Find("dominos-sorry", lang)
		if !ok {
			t.Fatalf("dominos-sorry (%s) missing", lang)
		}
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		if err := s.Choose(0); err != nil { // the historical stock reply
			t.Fatal(err)
		}
		openNext(t, s)
		if d := s.Decision(); d == nil || d.ID != "automatisch" {
			t.Fatalf("%s: the stock reply did not lead to the slip's follow-up", lang)
		}
		if err := s.Publish(text); err != nil {
			t.Fatal(err)
		}
		if got := s.Replies()[1].Next; got == "meme" {
			t.Errorf("%s: %q took the route for stock replies to %q", lang, text, got)
		}
	}
}
