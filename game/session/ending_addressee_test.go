package session

import (
	"fmt"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// TestZitcomfortSnapAtGerritIsToldAsGerrits: the lead typed an excellent
// first reply to Marieke (ownership, her comment stays, a call today) and
// then answered the second customer, Gerrit, with hidden blame ("the
// delivery time is on our website, so eight weeks is within what we
// state"). The round went to "Snapped back", whose story said that
// "a fair complaint about a damaged sofa and unanswered emails got Marieke
// a snappy answer" and whose post by Marieke said "this is what I get
// back": both false, the snap went to Gerrit. The ending and her post now
// tell Gerrit's answer, quoting it.
func TestZitcomfortSnapAtGerritIsToldAsGerrits(t *testing.T) {
	rounds := map[string][]string{
		"en": {"Marieke, I'm so sorry: six weeks of waiting, then a damaged sofa, and no answer to three emails. That's on us. Your comment stays right here. I'll call you today to arrange a new sofa. Could you send me your phone number in a private message? – Joyce",
			"Hi Gerrit, just so you know, the delivery time for our dining tables is on our website, so eight weeks is within what we state. – Joyce"},
		"nl": {"Marieke, wat vervelend: zes weken wachten, dan een beschadigde bank, en geen antwoord op drie mails. Dat ligt bij ons, sorry. Je reactie blijft gewoon staan. Ik bel je vandaag om een nieuwe bank te regelen. Stuur je me je telefoonnummer in een privébericht? – Joyce",
			"Hoi Gerrit, even ter info: de levertijd van onze eettafels staat op onze website, dus acht weken valt binnen wat we aangeven. – Joyce"},
	}
	// What the old texts said: the snap went to Marieke, an answer to her.
	wrong := map[string][]string{
		"en": {"got Marieke a snappy answer", "what I get back"},
		"nl": {"kreeg Marieke een snauw", "wat ik terugkrijg"},
	}
	// The story quotes the answer to Gerrit as the trainee wrote it.
	quoted := map[string]string{"en": "Gerrit, just so you know", "nl": "Gerrit, even ter info"}
	for lang, replies := range rounds {
		sc := builtin(t, "facebook-verwijderen", lang)
		for seed := uint64(1); seed <= 3; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, &typedInTurn{replies: replies, prompts: map[string]string{}})
			if err != nil {
				t.Fatal(err)
			}
			if len(s.history) < 3 || s.history[1] != "tweede-klant" || s.history[2] != "afgesnauwd" {
				t.Fatalf("%s seed %d: path %v; the test needs a good reply to Marieke and the snap at Gerrit", lang, seed, s.history)
			}
			e := s.Ending()
			var hers []string
			for _, f := range s.Feed() {
				if f.By == "customer" && f.Minute > s.endedAt {
					hers = append(hers, f.Text)
				}
			}
			if len(hers) == 0 {
				t.Fatalf("%s seed %d: Marieke posts nothing after the ending", lang, seed)
			}
			for _, text := range append([]string{e.Text}, hers...) {
				for _, w := range wrong[lang] {
					if strings.Contains(text, w) {
						t.Errorf("%s seed %d: the snap went to Gerrit, but %q", lang, seed, text)
					}
				}
				if !strings.Contains(text, "Gerrit") {
					t.Errorf("%s seed %d: %q does not say whom the answer went to", lang, seed, text)
				}
			}
			if !strings.Contains(e.Text, quoted[lang]) {
				t.Errorf("%s seed %d: the story does not quote the answer to Gerrit: %q", lang, seed, e.Text)
			}
		}
	}
}

// steps plays the k-th decision reached with a written choice (an int,
// 1-based) or a typed reply (a string).
type steps []any

func (st steps) Act(s *Session, d *scenarios.Decision, k int) error {
	if k >= len(st) {
		return fmt.Errorf("no step given for decision %d (%s)", k+1, d.ID)
	}
	if !think(s, d) {
		return nil
	}
	if text, ok := st[k].(string); ok {
		return s.Publish(text)
	}
	return s.Choose(st[k].(int) - 1)
}

// TestEndingsTellWhomTheReplyWentTo plays every way into an ending shared
// by a reply to the customer and a reply to someone else (Gerrit, Rick,
// Mark) in the three cases that have one, and reads the ending's story and
// the customer's post after it: each tells whom the last reply went to,
// and none tells a reply to the customer that went to someone else.
func TestEndingsTellWhomTheReplyWentTo(t *testing.T) {
	type way struct {
		id, lang string
		play     steps
		path     []string // the decisions and ending the round must go through, in order
		says     []string // in the story (and, with post, in the customer's post after it)
		not      []string // in neither
		post     string   // what the customer's post after the ending says
	}
	ways := []way{
		// Marieke's comment removed, Gerrit asks about it and gets blamed.
		{"facebook-verwijderen", "en", steps{1, "Gerrit, just so you know: the delivery time is on our website. – Joyce"},
			[]string{"gezien", "afgesnauwd"}, []string{"Gerrit", "just so you know"}, []string{"got Marieke a snappy answer"}, "Gerrit"},
		{"facebook-verwijderen", "nl", steps{1, "Gerrit, even ter info: de levertijd staat op onze website. – Joyce"},
			[]string{"gezien", "afgesnauwd"}, []string{"Gerrit", "even ter info"}, []string{"kreeg Marieke een snauw"}, "Gerrit"},
		// Gerrit's comment removed, the blog writes, the reply under it
		// blames: not Gerrit's snap, though his decision came first.
		{"facebook-verwijderen", "en", steps{2, 3, "Just so you know: these are our house rules. – Joyce"},
			[]string{"tweede-klant", "olievlek", "afgesnauwd"}, []string{"Criticism disappeared", "Just so you know"}, []string{"Gerrit had waited", "what I get back"}, "criticism disappears"},
		{"facebook-verwijderen", "nl", steps{2, 3, "Even ter info: dit zijn onze huisregels. – Joyce"},
			[]string{"tweede-klant", "olievlek", "afgesnauwd"}, []string{"Er verdween kritiek", "Even ter info"}, []string{"Gerrit wachtte", "wat ik terugkrijg"}, "verdwijnt kritiek"},
		// Rick, the next day's customer, abused back.
		{"liberty-bottleworks", "en", steps{2, 1, "Rick, you're the slow one here, you idiot."},
			[]string{"volgende-klant"}, []string{"Rick"}, []string{"not Jason's", "Jason is gone"}, ""},
		{"liberty-bottleworks", "nl", steps{2, 1, "Rick, jij bent hier de trage, idioot."},
			[]string{"volgende-klant"}, []string{"Rick"}, []string{"niet met die van Jason", "Jason is weg"}, ""},
		{"liberty-bottleworks", "en", steps{2, 1, 1}, []string{"volgende-klant", "team-trots"}, []string{"Rick"}, nil, ""},
		{"liberty-bottleworks", "nl", steps{2, 1, 1}, []string{"volgende-klant", "team-trots"}, []string{"Rick"}, nil, ""},
		// Mark, the fan, told that nobody can take a joke any more; then
		// Sophie mocked under her praise of the new poster.
		{"sportschool-scheldt", "en", steps{2, 1, 3}, []string{"achterban", "dubbel"}, []string{"Mark", "your answer to him"}, nil, "@mark_deadlift"},
		{"sportschool-scheldt", "nl", steps{2, 1, 3}, []string{"achterban", "dubbel"}, []string{"Mark", "je antwoord aan hem"}, nil, "@mark_deadlift"},
		{"sportschool-scheldt", "en", steps{2, 1, 1, 2}, []string{"achterban", "nieuwe-poster", "dubbel"}, []string{"under her praise"}, []string{"Mark"}, "new poster together"},
		{"sportschool-scheldt", "nl", steps{2, 1, 1, 2}, []string{"achterban", "nieuwe-poster", "dubbel"}, []string{"onder haar compliment"}, []string{"Mark"}, "samen een nieuwe poster"},
	}
	for _, w := range ways {
		sc := builtin(t, w.id, w.lang)
		s, err := Run(sc, Options{Seed: 1, Mode: Practice}, w.play)
		if err != nil {
			t.Fatalf("%s %s %v: %v", w.id, w.lang, w.play, err)
		}
		at := 0
		for _, id := range s.history {
			if at < len(w.path) && id == w.path[at] {
				at++
			}
		}
		if at < len(w.path) {
			t.Errorf("%s %s %v: path %v, the test needs %v", w.id, w.lang, w.play, s.history, w.path)
			continue
		}
		story := s.Ending().Text
		var hers []string
		for _, f := range s.Feed() {
			if f.By == "customer" && f.Minute > s.endedAt {
				hers = append(hers, f.Text)
			}
		}
		t.Logf("%s %s %v:\n  %s\n  %q", w.id, w.lang, s.history, story, hers)
		for _, words := range w.says {
			if !strings.Contains(story, words) {
				t.Errorf("%s %s %v: the story does not say %q: %q", w.id, w.lang, s.history, words, story)
			}
		}
		if w.post != "" && (len(hers) == 0 || !strings.Contains(hers[0], w.post)) {
			t.Errorf("%s %s %v: the customer's post after the ending does not say %q: %q", w.id, w.lang, s.history, w.post, hers)
		}
		for _, text := range append([]string{story}, hers...) {
			for _, words := range w.not {
				if strings.Contains(text, words) {
					t.Errorf("%s %s %v: %q tells another way in: %q", w.id, w.lang, s.history, words, text)
				}
			}
		}
	}
}
