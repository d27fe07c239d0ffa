package scoring

import "testing"

// "DM us your details" / "Stuur ons je gegevens via DM" as the whole
// answer fits any post: a template, not a concrete step for this customer,
// and it cancels the sympathy before it (issue 12, "canned templates that
// fit any post"). A request for what the case needs, with what will be
// done with it, is a step.
func TestDMUsYourDetailsIsATemplate(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, template, specific string
	}{
		{"nl", "Al drie weken wacht ik op mijn terugbetaling van €80 voor die kapotte jas. Niemand reageert.",
			"Vervelend, Lisa. Stuur ons je gegevens via DM.",
			"Vervelend, Lisa. Stuur je je ordernummer via DM? Dan zet ik de terugbetaling van €80 vandaag in gang."},
		{"en", "Three weeks waiting for my £80 refund for that broken coat. Nobody answers.",
			"How annoying, Lisa. DM us your details.",
			"How annoying, Lisa. Could you DM me your order number? I'll start the £80 refund today."},
		{"nl", "Al drie weken wacht ik op mijn terugbetaling van €80 voor die kapotte jas. Niemand reageert.",
			"Stuur ons je gegevens via een privébericht.",
			"Stuur je je ordernummer via DM? Dan zet ik de terugbetaling van €80 vandaag in gang."},
		{"en", "Three weeks waiting for my £80 refund for that broken coat. Nobody answers.",
			"Send us your details via DM.",
			"Could you DM me your order number? I'll start the £80 refund today."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6, CustomerName: "Lisa"}
		tmpl, spec := r.Analyze(c.template, ctx), r.Analyze(c.specific, ctx)
		if !tmpl.Has("details_template") || tmpl.Has("acknowledge_emotion") && !hasDiscount(tmpl, "acknowledge_emotion") {
			t.Errorf("%q: %v; want a template that cancels the sympathy", c.template, ids(tmpl))
		}
		for _, f := range tmpl.Features {
			if f.ID == "move_private" && f.Points > 6 {
				t.Errorf("%q: the template's DM earns %+.1f as a concrete step", c.template, f.Points)
			}
		}
		if spec.Has("details_template") || Overall(tmpl) >= Overall(spec)-15 {
			t.Errorf("%q (%.1f) is not well below %q (%.1f, %v)", c.template, Overall(tmpl), c.specific, Overall(spec), ids(spec))
		}
	}
}

func hasDiscount(a Analysis, id string) bool {
	for _, d := range a.Discounts {
		if d.ID == id {
			return true
		}
	}
	return false
}
