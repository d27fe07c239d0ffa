package scoring

import "testing"

// An apology the customer asked for, refused with a reason ("we can't
// apologise for…", "wij kunnen geen excuses aanbieden voor…", "sorry
// zeggen doen we alleen als…") is a refused apology in both languages,
// and ranks below a cool line that refuses nothing (the released blind11,
// phenomenon B; groups nl14/en14-geen-excuus/no-sorry). Fails before:
// these replies had no finding and ranked level with or above the cool
// line. "We can't apologise enough" is an apology, not a refusal.
func TestAnApologyRefusedWithAReasonIsRefused(t *testing.T) {
	type reply struct {
		text    string
		refused bool
	}
	for _, c := range []struct {
		lang, post, cool string
		replies          []reply
	}{
		{"nl", "De kapper heeft mijn haar veel te kort geknipt terwijl ik een foto liet zien. Ik verwacht op zijn minst excuses.",
			"Vervelend dat het niet is geworden wat je op de foto liet zien.",
			[]reply{
				{"Wij kunnen geen excuses aanbieden voor een smaakkwestie.", true},
				{"Daar kunnen we helaas geen excuses voor maken, de kapper heeft gedaan wat je vroeg.", true},
				{"Excuses zijn niet mogelijk als de kapper het zich anders herinnert.", true},
				{"Sorry zeggen doen we alleen als we echt iets fout hebben gedaan.", true},
				{"We zijn niet in de positie om excuses te maken zonder de kapper te spreken.", true},
				{"We kunnen niet genoeg excuses maken: dit is niet wat je vroeg. Morgen knipt Sanne het gratis bij.", false},
			}},
		{"en", "The hairdresser cut my hair far too short even though I showed a photo. I expect an apology at the very least.",
			"That's frustrating, it isn't what you showed in the photo.",
			[]reply{
				{"We can't apologise for a matter of taste.", true},
				{"We're unable to apologise, as the stylist did what you asked.", true},
				{"Apologising isn't possible when the stylist remembers it differently.", true},
				{"We only apologise when we've genuinely got something wrong.", true},
				{"We're not in a position to apologise without speaking to the stylist.", true},
				{"We can't apologise enough: this isn't what you asked for. Sanne will fix it for free tomorrow.", false},
			}},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		cool := Overall(r.Analyze(c.cool, ctx))
		for _, rep := range c.replies {
			a := r.Analyze(rep.text, ctx)
			if a.Has("refuse_apology") != rep.refused {
				t.Errorf("%s %q: refuse_apology %v, want %v (%v)", c.lang, rep.text, a.Has("refuse_apology"), rep.refused, ids(a))
			}
			if rep.refused && Overall(a) >= cool {
				t.Errorf("%s %q (%.1f) ranks at or above the cool line %q (%.1f)", c.lang, rep.text, Overall(a), c.cool, cool)
			}
		}
	}
}

// The apology asked back as a question ("Sorry zeggen voor de regen?",
// "Apologise for the weather?") questions it, in both languages; "Sorry
// voor het wachten. Werkt het nu?" still apologises. Fails before: the
// Dutch question was credited as an apology (group nl14-geen-excuus-hotel).
func TestTheApologyAskedBackIsQuestioned(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		questioned bool
	}{
		{"nl", "Sorry zeggen voor de regen? Daar gaan wij niet over.", true},
		{"en", "Apologise for the weather? That's not something we control.", true},
		{"en", "Say sorry for a delay caused by the airport? Hardly.", true},
		{"nl", "Sorry voor het wachten. Werkt het nu weer?", false},
		{"en", "Apologies for the wait. Is it working again now?", false},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: "Ik wil excuses voor de vertraging / I want an apology for the delay", CustomerMood: -0.6})
		if a.Has("questioned_apology") != c.questioned {
			t.Errorf("%s %q: questioned_apology %v, want %v (%v)", c.lang, c.text, a.Has("questioned_apology"), c.questioned, ids(a))
		}
	}
}
