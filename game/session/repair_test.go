package session

import (
	"math"
	"strings"
	"testing"
)

// A snappy first answer is a mistake a webcare team can still own. In
// Zitcomfort's case a friendly-wrapped correction ("Wel jammer dat je dit
// onder onze actiepost zet") ended the round at once, with Marieke's post
// about it and the press following and no decision left (playtest 16,
// P16-5). Now Marieke puts the answer on show and the trainee may answer
// her: an apology with a step puts it right (a mixed ending: the
// screenshot exists), a defence in politer words or silence does not.
func TestASnappyFirstReplyCanBePutRightInPublic(t *testing.T) {
	snap := map[string]string{
		"nl": "Hoi Marieke, wat vervelend dat je bank beschadigd is aangekomen! Wel jammer dat je dit onder onze actiepost zet, daar is deze pagina niet echt voor bedoeld. Bel gerust onze klantenservice op 030-1234567. Groetjes, Joyce",
		"en": "Hi Marieke, how annoying that your sofa arrived damaged! But you should have used our contact form instead of posting this under our promotion. Cheers, Joyce",
	}
	shown := map[string]string{"nl": "dit is wat ik terugkrijg", "en": "this is what I get back"}
	repair := map[string]string{
		"nl": "Marieke, daar had je gelijk in: dat was geen goed antwoord van mij, sorry. Ik regel vandaag een nieuwe bank voor je en bel je voor 16:00 om de levering te plannen. – Joyce",
		"en": "Marieke, you were right about that: that was no good answer of mine, sorry. I'm arranging a new sofa for you today and will call you before 4 pm to plan the delivery. – Joyce",
	}
	defence := map[string]string{
		"nl": "Marieke, het was niet bot bedoeld, maar klachten horen echt via de klantenservice te gaan. Mail ons gerust. – Joyce",
		"en": "Marieke, it wasn't meant to be rude, but complaints really have to go through customer service. Feel free to email us. – Joyce",
	}
	for lang := range snap {
		s := storyAt(t, "facebook-verwijderen", lang, []move{{text: snap[lang]}})
		if d := s.Decision(); d == nil || d.ID != "na-snauw" {
			t.Fatalf("%s: after the snap the round is at %v (ending %v), want a decision to put it right", lang, s.history, s.Ending())
		}
		if post := lastCustomerPost(s); !strings.Contains(post, shown[lang]) {
			t.Errorf("%s: the decision opens without Marieke's post about the answer; her last post is %q", lang, post)
		}

		good := storyAt(t, "facebook-verwijderen", lang, []move{{text: snap[lang]}, {text: repair[lang]}})
		good.Finish()
		if e := good.Ending(); e == nil || e.ID != "rechtgezet" || e.Kind != "mixed" {
			t.Errorf("%s: an apology with a step after the snap ends in %v (%v), want the mixed 'rechtgezet'", lang, e, good.history)
		}

		bad := storyAt(t, "facebook-verwijderen", lang, []move{{text: snap[lang]}, {text: defence[lang]}})
		bad.Finish()
		e := bad.Ending()
		if e == nil || e.ID != "afgesnauwd" {
			t.Fatalf("%s: a defence after the snap ends in %v (%v), want 'afgesnauwd'", lang, e, bad.history)
		}
		if !strings.Contains(e.Text, map[string]string{"nl": "geen echt sorry", "en": "no real apology"}[lang]) {
			t.Errorf("%s: the ending does not say the chance to put it right was missed: %q", lang, e.Text)
		}
		n := 0
		for _, f := range bad.Feed() {
			if f.By == "customer" && strings.Contains(f.Text, shown[lang]) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: Marieke's post about the answer is in the feed %d times, want once", lang, n)
		}

		silent := storyAt(t, "facebook-verwijderen", lang, []move{{text: snap[lang]}})
		for silent.Ending() == nil && !math.IsInf(silent.NextStop(), 1) {
			silent.AdvanceTo(silent.NextStop())
		}
		if e := silent.Ending(); e == nil || e.ID != "afgesnauwd" {
			t.Errorf("%s: silence after the snap ends in %v, want 'afgesnauwd'", lang, e)
		}
	}
}
