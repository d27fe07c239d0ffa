package scoring

import "testing"

// Closing note of stop 16: "Bestel vandaag nog" had no sales-pitch finding,
// nor "Order today" (its time even counted as a step); and a discount
// code in capitals ("SORRY10") was shouting. A call to buy now is a pitch
// in both languages unless the customer asked about ordering; a brand's
// own "your order arrives today" is none; a code is typed, not shouted.
func TestACallToBuyNowIsASalesPitch(t *testing.T) {
	happy := map[string]string{
		"nl": "Eindelijk mijn nieuwe hardloopschoenen binnen, zitten als gegoten!",
		"en": "Finally got my new running shoes, they fit like a glove!",
	}
	cases := []struct {
		lang, post, text string
		pitch            bool
	}{
		{"en", happy["en"], "Great Lucy! Order a second pair today and get it at half price. ^Mark", true},
		{"nl", happy["nl"], "Fijn Eva! Bestel vandaag nog een tweede paar. ^Mark", true},
		{"en", happy["en"], "Buy now and save on your next pair! ^Mark", true},
		{"nl", happy["nl"], "Koop nu en bespaar op je volgende paar! ^Mark", true},
		{"en", "Where is my parcel? It should have come yesterday.", "Sorry Lucy, your order arrives today before 17:00. ^Mark", false},
		{"nl", "Waar blijft mijn pakket? Het zou gisteren komen.", "Sorry Eva, je bestelling komt vandaag voor 17:00. ^Mark", false},
		{"en", "Can I still order today and have it tomorrow?", "Yes Lucy! Order today before 22:00 and it ships tomorrow. ^Mark", false},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.7})
		if got := a.Has("canned"); got != c.pitch {
			t.Errorf("%s %q: canned %v, want %v (%v)", c.lang, c.text, got, c.pitch, ids(a))
		}
	}
	a := Default().Analyze("Omar, sorry about the cold pizzas! Use code SORRY10 for 10% off. - Joe",
		Context{Language: "en", CustomerPost: "Our pizzas were cold.", CustomerMood: -0.6})
	if a.Has("shouting") {
		t.Errorf("a code in capitals is no shouting: %v", ids(a))
	}
}
