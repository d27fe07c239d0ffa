package scoring

import (
	"strings"
	"testing"
)

// Three small misjudgements of playtest 28 (F8), in both languages: the
// time of what an apology is for ("sorry voor de schrik vanochtend",
// "sorry for the scare this morning") is no moment the customer can hold
// the brand to; a thanks typed "Dankje wel" is thanks; and a step that is
// the fix already counted ("is refunded") is explained as counted once,
// not with the praise of the fix as the reason it does not count.
func TestAPastTimeInAnApologyIsNoCommitment(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"nl", "@Polisvast Oké, ik rij weer verzekerd. Dank je.", "@marco_rijdt Top dat het weer loopt Marco, en sorry voor de schrik vanochtend! Goede rit ^Lisa"},
		{"en", "@Polisvast OK, I'm insured again. Thanks.", "@marco_rijdt Great that it's sorted Marco, and sorry for the scare this morning! Safe drive ^Lisa"},
		{"nl", "@Stedin Gisteravond twee uur zonder stroom.", "@daan Sorry voor het ongemak gisteravond! ^Daan"},
		{"en", "@UKPN Two hours without power last night.", "@daan Sorry for the inconvenience this evening! ^Daan"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.3})
		for _, f := range a.Features {
			if (f.ID == "concrete_time" || f.ID == "next_step") && f.Points > 0 {
				t.Errorf("%s %q: %s %q earns %.1f", c.lang, c.reply, f.ID, f.Text, f.Points)
			}
		}
	}
	// A time promised after the apology is still a step.
	a := r.Analyze("@marco_rijdt Sorry voor de schrik, ik bel je vanochtend nog even. ^Lisa",
		Context{Language: "nl", CustomerPost: "@Polisvast Ik schrok me rot.", CustomerMood: -0.3})
	if !a.Has("concrete_time") {
		t.Errorf("a call promised for this morning is no longer a time (%v)", ids(a))
	}
}

func TestDankjeWelIsThanks(t *testing.T) {
	r := Default()
	for _, reply := range []string{"@kevinvdl Dankje wel, Kevin! Eet smakelijk. ^Mark", "@kevinvdl Dankjewel Kevin! ^Mark", "@kevinvdl Dank je wel! ^Mark"} {
		a := r.Analyze(reply, Context{Language: "nl", CustomerPost: "@DominosNL Haha, wat snel! Beste pizza ooit.", CustomerMood: 0.8})
		if !a.Has("thanks") {
			t.Errorf("%q: no thanks found (%v)", reply, ids(a))
		}
	}
}

func TestAStepThatIsTheFixIsExplainedAsCountedOnce(t *testing.T) {
	r := Default()
	a := r.Analyze("2 debits in one month, sorry Dorien. The double one is refunded, you'll see it in your account on Monday. ^Lotte",
		Context{Language: "en", CustomerPost: "@SanomaMedia You debited my subscription twice this month!", CustomerMood: -0.6})
	for _, d := range a.Discounts {
		if d.By == "resolved" && d.ID == "next_step" {
			if !strings.Contains(d.Note, "already count") || strings.Contains(d.Note, "You report it done") {
				t.Errorf("the step inside the fix is explained as %q", d.Note)
			}
			return
		}
	}
	t.Errorf("no step inside the fix was discounted (%v)", ids(a))
}
