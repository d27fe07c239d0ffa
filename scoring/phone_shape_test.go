package scoring

import "testing"

// A customer's phone number in a public reply is a leak by its shape,
// whatever the words around it (playtest 22, P22-14: "Je adviseur belt je
// zo op 06-41 22 87 19" to a student who wrote that he had tried to
// "bellen" his adviser all morning scored 68/76, all green: the words
// before the number repeated his post and were dropped as his own). The
// brand's own number stays the brand's, and a date or a time is no number.
func TestACustomersPhoneNumberIsFoundByItsShape(t *testing.T) {
	post := "Ik probeer al de hele ochtend mijn studieadviseur te bellen, niemand neemt op. / I've been trying to call my adviser all morning, nobody picks up."
	leaks := [][2]string{
		{"nl", "@brampost Gelukt! Je adviseur belt je zo op 06-41 22 87 19 over je herkansing Statistiek 2. Succes! ^Eva"},
		{"en", "@brampost Done! Your adviser will call you shortly on 06-41 22 87 19 about your Statistics 2 resit. Good luck! ^Eva"},
		{"nl", "Sorry voor het wachten. De adviseur belt je vandaag voor 14:00 op +31 6 2957 3318. ^Eva"},
		{"en", "Sorry for the wait. The adviser will ring you before 2pm today on +44 7911 123 456. ^Eva"},
		{"nl", "Onze inspecteur neemt donderdag contact met je op via (010) 482 19 77, het nummer dat bij ons bekend is. ^Eva"},
		{"en", "The surveyor will contact you on Thursday on (0161) 496 0732, the number we have on file. ^Eva"},
		{"nl", "Je adviseur heeft je nummer al: 0641228719. Hij belt je vandaag. ^Eva"},
		{"en", "Your adviser has your number, 07700 900461, and will call today. ^Eva"},
	}
	for _, c := range leaks {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); !a.Has("private_disclosure") {
			t.Errorf("%q: want private_disclosure, got %v", c[1], ids(a))
		}
	}
	fine := [][2]string{
		{"nl", "Sorry voor het wachten. Bel ons gerust op 088-5201000, dan helpen we je meteen. ^Eva"},
		{"en", "Sorry for the wait. Call us free on 0800 028 4100 and we'll sort it straight away. ^Eva"},
		{"nl", "Je kunt bellen op 020-5551234, daar zit vandaag een adviseur klaar. ^Eva"},
		{"en", "You can call our student desk on 0161 496 0000 today. ^Eva"},
		{"nl", "Je afspraak staat op 06-12-2026 om 10:30. ^Eva"},
		{"en", "Your appointment is on 06/12/2026 at 10:30. ^Eva"},
	}
	for _, c := range fine {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); a.Has("private_disclosure") {
			t.Errorf("%q: no number of the customer's is made public, got %v", c[1], ids(a))
		}
	}
	// A number the customer posted himself is his to have made public.
	own := "Bel me terug op 06-41 22 87 19, ik zit te wachten. / Call me back on 06-41 22 87 19."
	for _, c := range [][2]string{{"nl", "Doen we, de adviseur belt je zo op 06-41 22 87 19. ^Eva"}, {"en", "Will do, the adviser will call you on 06-41 22 87 19 shortly. ^Eva"}} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: own, CustomerMood: -0.6}); a.Has("private_disclosure") {
			t.Errorf("%q: the customer posted this number himself, got %v", c[1], ids(a))
		}
	}
}
