package session

import (
	"errors"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// errStop ends a round once the decision under test has been looked at.
var errStop = errors.New("stop")

// defensiveThenLook types a defensive reply at the first decision and hands
// the next decision to look.
type defensiveThenLook struct {
	reply string
	look  func(d *scenarios.Decision)
}

func (st defensiveThenLook) Act(s *Session, d *scenarios.Decision, k int) error {
	if k == 0 {
		return s.Publish(st.reply)
	}
	st.look(d)
	return errStop
}

// HEMA: after a defensive reply (no silence, no discount post) the next
// decision spoke of 'the discount post' where 'it explodes', and its
// apology said 'then we stayed silent, and even posted a discount offer'
// while the meter showed heat 0.8. What follows a defensive reply takes
// neither the silence nor the discount for granted.
func TestHEMAAfterADefensiveReplyNothingPresumesTheDiscountPost(t *testing.T) {
	replies := map[string]string{
		"en": "Our staff acted according to procedure. Fitting rooms are not meant for medical procedures.",
		"nl": "Onze medewerkers hebben volgens de procedure gehandeld. Een paskamer is niet bedoeld voor medische handelingen.",
	}
	for lang, reply := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", lang)
		if !ok {
			t.Fatal("hema-insuline missing")
		}
		looked := ""
		_, err := Run(sc, Options{Seed: 5}, defensiveThenLook{reply: reply, look: func(d *scenarios.Decision) {
			looked = d.ID
			texts := []string{d.Prompt}
			for _, c := range d.Choices {
				texts = append(texts, c.Text)
			}
			for _, p := range d.Posts {
				texts = append(texts, p.Text)
			}
			for _, tx := range texts {
				low := strings.ToLower(tx)
				for _, w := range []string{"discount", "korting", "stayed silent", "zwegen", "explodes", "ontploft"} {
					if strings.Contains(low, w) {
						t.Errorf("%s: decision %q after a defensive reply presumes %q: %s", lang, d.ID, w, tx)
					}
				}
			}
		}})
		if err != nil && !errors.Is(err, errStop) {
			t.Fatal(err)
		}
		if looked != "korting-storm" {
			t.Fatalf("%s: the defensive reply led to %q, not to the decision this test is about", lang, looked)
		}
	}
}
