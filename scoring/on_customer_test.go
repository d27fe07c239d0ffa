package scoring

import "testing"

// A reply that answers a complaint only with what the customer must do puts
// the problem back on them, without a word of blame: the retired blind set
// blind9 ranked such replies below hollow sympathy and an evasion, and the
// rubric scored them as a neutral reply (about 30) or, where they repeat
// the post's nouns, as acknowledgement (about 60). The same instruction
// beside something the brand does is part of helping and costs nothing.
func TestAnInstructionAloneLeavesItToTheCustomer(t *testing.T) {
	cases := []struct {
		lang, post        string
		alone, hollow     string
		withStep, feeling string
	}{
		{"nl", "Al drie keer een storing gemeld en mijn tv-ontvanger doet het nog steeds niet. Ik betaal €60 per maand voor niks.",
			"Controleer of de kabel van je tv-ontvanger goed vastzit en zet hem een minuut uit.",
			"Wat vervelend dat je tv-ontvanger het nog steeds niet doet, dat snappen we heel goed.",
			"Ik heb je ontvanger vanaf hier opnieuw ingesteld en je maand teruggestort. Zet hem een minuut uit, dan werkt hij weer. ^Sven",
			"We begrijpen hoe moe je je moet voelen na drie meldingen. Ik stuur vandaag een monteur. ^Sven"},
		{"en", "Reported my broken set-top box three times and it still doesn't work. Paying £60 a month for nothing.",
			"Please check that the cable of your set-top box is plugged in firmly and restart it.",
			"So sorry your set-top box still isn't working, we completely understand.",
			"I've reset your box from here and refunded your month. Restart it once and it'll work again. ^Sven",
			"We know how tired you must feel after three reports. I'm sending an engineer today. ^Sven"},
		{"nl", "Mijn pakket is als 'bezorgd' gemeld maar ligt nergens. Niet bij de buren, niet in de brievenbus.",
			"Pakketten moeten binnen 48 uur na bezorging als vermist worden gemeld. U dient eerst bij de buren na te vragen.",
			"Oei, wat vervelend! Heel begrijpelijk dat je baalt.",
			"De bezorger heeft het bij het verkeerde huisnummer afgegeven. Hij haalt het vanmiddag op; controleer om 17:00 even je brievenbus. ^Ilse",
			"Dat hadden we je meteen moeten laten weten. Het pakket ligt bij nummer 12 en komt vanmiddag. ^Ilse"},
		{"en", "My parcel says 'delivered' but it's nowhere. Not with the neighbours, not in the letterbox.",
			"Parcels must be reported missing within 48 hours of delivery. You need to ask your neighbours first.",
			"Oh no, how annoying! Totally understandable that you're fed up.",
			"The driver left it at the wrong house number. He's collecting it this afternoon; check your letterbox at 5pm. ^Ilse",
			"We should have told you straight away. The parcel is at number 12 and comes this afternoon. ^Ilse"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		alone := Default().Analyze(c.alone, ctx)
		hollow := Default().Analyze(c.hollow, ctx)
		if !alone.Has("leaves_it_to_customer") {
			t.Errorf("%q: want leaves_it_to_customer, got %v", c.alone, ids(alone))
		}
		if Overall(alone) >= Overall(hollow) {
			t.Errorf("%s: the bare instruction scores %.1f, hollow sympathy %.1f; want it below\n  %q %v", c.lang, Overall(alone), Overall(hollow), c.alone, ids(alone))
		}
		for _, text := range []string{c.withStep, c.feeling} {
			a := Default().Analyze(text, ctx)
			if a.Has("leaves_it_to_customer") || Overall(a) < Overall(alone)+20 {
				t.Errorf("%q: the brand acts here; want no leaves_it_to_customer and far above the bare instruction (%.1f), got %.1f %v", text, Overall(alone), Overall(a), ids(a))
			}
		}
	}
}
