package scoring

import "testing"

// The health of someone close to the customer, read out in public from the
// brand's records ("de insuline en bloedverdunners van je vader", "haar
// dementie", "your mother's insulin prescription", "his ADHD medication"),
// is as private as the customer's own: the rubric read the customer's own
// medicines as a disclosure but not a relative's, and a reply that named a
// father's medicines beside a delivery time ranked above a brush-off
// (groups nl92, nl99/en99). The relative the post names ("mijn vader",
// "my dad") does not make the finding the customer's own words; their
// health named in the post does, and medicines in general ("haar
// medicijnen", "her medication") name no condition.
func TestARelativesHealthReadOutIsADisclosure(t *testing.T) {
	nlPost := "@apotheek Al twee keer is de bezorging voor mijn vader niet gekomen. Mijn moeder wacht ook."
	enPost := "@pharmacy Twice now my dad's delivery hasn't turned up. My mum is waiting too."
	leaks := []struct{ lang, post, text string }{
		{"nl", nlPost, "Sorry, ik zie dat de insuline en bloedverdunners van je vader nog in ons depot liggen. ^Lies"},
		{"nl", nlPost, "Sorry, je moeders insulinerecept was verlopen, daarom wachtte het. ^Lies"},
		{"nl", nlPost, "Door haar dementie was het druk op de afdeling. ^Rik"},
		{"nl", nlPost, "De docent houdt rekening met zijn ADHD en zijn astma. ^Ellen"},
		{"nl", nlPost, "Haar psychiater moet eerst tekenen. ^Lies"},
		{"en", enPost, "Sorry, I can see your dad's insulin and blood thinners are still at our depot. ^Lies"},
		{"en", enPost, "Sorry, your mother's insulin prescription had expired, that's why it waited. ^Lies"},
		{"en", enPost, "With her dementia it's been busy on the unit. ^Rik"},
		{"en", enPost, "The teacher takes his ADHD and his asthma into account. ^Ellen"},
		{"en", enPost, "Her psychiatrist needs to sign first. ^Lies"},
	}
	for _, c := range leaks {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post})
		if !a.Has("private_disclosure") {
			t.Errorf("%q: %v; a relative's health read out is a disclosure", c.text, ids(a))
		}
	}
	fine := []struct{ lang, post, text string }{
		{"nl", nlPost, "Sorry, de medicijnen van je vader komen morgen voor 12:00. ^Lies"},
		{"nl", nlPost, "Haar medicatie ligt vanmiddag om 15:00 klaar aan de balie. ^Lies"},
		{"nl", "Mijn vader heeft diabetes en zijn insuline is al twee keer niet bezorgd!", "Twee keer geen insuline voor je vader, dat kan niet. De koerier is er vandaag voor 16:00. ^Lies"},
		{"en", enPost, "Sorry, your dad's medicines will be there tomorrow before 12. ^Lies"},
		{"en", enPost, "Her medication will be ready at the counter at 3pm today. ^Lies"},
		{"en", "My dad has diabetes and his insulin hasn't been delivered twice now!", "Twice without insulin for your dad is not on. The courier will be there today before 4pm. ^Lies"},
	}
	for _, c := range fine {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post})
		if a.Has("private_disclosure") {
			t.Errorf("%q: %v; medicines in general or the health the post named are no disclosure", c.text, ids(a))
		}
	}
}
