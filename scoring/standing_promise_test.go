package scoring

import "testing"

// A promise with its own time that ties itself to nothing stands on its
// own beside a request for details and keeps its points, as the sympathy
// beside it does; the same promise made to wait on the details ("DM je
// nummer, dan bel ik je", "and I'll call you", "Then I'll…") keeps less.
func TestTimedPromiseStandsBesideARequest(t *testing.T) {
	r := Default()
	cases := []struct {
		lang, post, stands, waits, waitsAcross string
	}{
		{"nl", "@Voltwerk Al drie weken geen internet en jullie monteur is twee keer niet komen opdagen.",
			"Sorry voor het wachten, Sanne. Ik bel je vóór 17:00. Stuur je alvast je klantnummer via DM?",
			"Sorry voor het wachten, Sanne. Stuur je klantnummer via DM, dan bel ik je vóór 17:00.",
			"Sorry voor het wachten, Sanne. Stuur je klantnummer via DM. Zodra ik het heb, bel ik je vóór 17:00."},
		{"en", "@Voltwerk Three weeks without internet and your engineer has failed to show up twice.",
			"Sorry for the wait, Sanne. I'll call you before 17:00. Could you DM me your account number in the meantime?",
			"Sorry for the wait, Sanne. DM me your account number and I'll call you before 17:00.",
			"Sorry for the wait, Sanne. DM me your account number. Once I have it, I'll call you before 17:00."},
		{"nl", "@Bolcom Ik ben twee keer afgeschreven voor dezelfde bestelling!",
			"Excuses! We storten het dubbele bedrag vandaag terug. Wil je me je bestelnummer in een DM sturen?",
			"Excuses! Stuur je bestelnummer via DM, dan storten we het dubbele bedrag vandaag terug.",
			"Excuses! Stuur je bestelnummer via DM. Dan storten we het dubbele bedrag vandaag terug."},
		{"en", "@Bolcom I've been charged twice for the same order!",
			"Apologies! We'll refund the double charge today. Would you DM me your order number?",
			"Apologies! DM me your order number so we can refund the double charge today.",
			"Apologies! DM me your order number. Then we'll refund the double charge today."},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Sanne", CustomerMood: -0.6}
		st := r.Analyze(c.stands, ctx)
		if !st.Has("details_request") || !st.Has("concrete_time") {
			t.Fatalf("%s: %q: want a request and a time, got %s", c.lang, c.stands, featureList(st))
		}
		for _, w := range []string{c.waits, c.waitsAcross} {
			wa := r.Analyze(w, ctx)
			if !wa.Has("details_request") {
				t.Fatalf("%s: %q: want a request, got %s", c.lang, w, featureList(wa))
			}
			if st.Empathy <= wa.Empathy || st.Deescalation <= wa.Deescalation {
				t.Errorf("%s: the promise that stands (E%.0f D%.0f) does not score above the one that waits (E%.0f D%.0f)\n  %q: %s\n  %q: %s",
					c.lang, st.Empathy, st.Deescalation, wa.Empathy, wa.Deescalation, c.stands, featureList(st), w, featureList(wa))
			}
			if len(wa.Discounts) == 0 {
				t.Errorf("%s: %q: the waiting promise is not explained as a discount", c.lang, w)
			}
		}
		for _, d := range st.Discounts {
			if d.By == "details_request" && d.ID != "invite_dialogue" { // a question for data opens no conversation either way
				t.Errorf("%s: %q: %s still waits on the request: %s", c.lang, c.stands, d.ID, d.Note)
			}
		}
	}
}

// Admitting a mistake or granting the customer is right is done when it is
// said: beside a request for details it keeps its points, and so does the
// apology beside it. A promise to take the job on ("ik zoek het uit")
// still waits on the details, and is explained as waiting.
func TestAnAdmissionDoesNotWaitOnDetails(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, admits, promises string }{
		{"nl", "@Voltwerk Ik heb al twee keer gebeld over mijn factuur en niemand belt terug!",
			"Je hebt gelijk, dat hadden we moeten doen. Sorry! Stuur je je klantnummer via DM?",
			"Ik zoek het voor je uit. Sorry! Stuur je je klantnummer via DM?"},
		{"en", "@Voltwerk I've called twice about my bill and nobody calls back!",
			"You're right, we should have done that. Sorry! Could you DM me your account number?",
			"I'll look into it for you. Sorry! Could you DM me your account number?"},
		{"nl", "@Bolcom Mijn retour staat nog steeds niet verwerkt, na drie weken.",
			"Dat is onze fout, het spijt me echt. Wil je je bestelnummer in een DM sturen?",
			"Ik pak het voor je op, het spijt me echt. Wil je je bestelnummer in een DM sturen?"},
		{"en", "@Bolcom My return still hasn't been processed, three weeks on.",
			"That's our mistake, I'm really sorry. Would you send your order number in a DM?",
			"I'll take care of it, I'm really sorry. Would you send your order number in a DM?"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Sanne", CustomerMood: -0.6}
		ad, pr := r.Analyze(c.admits, ctx), r.Analyze(c.promises, ctx)
		for _, a := range []Analysis{ad, pr} {
			if !a.Has("details_request") || !a.Has("ownership") || !a.Has("apology") {
				t.Fatalf("%s: %q: want a request, ownership and an apology, got %s", c.lang, a.Text, featureList(a))
			}
		}
		for _, d := range ad.Discounts {
			if d.By == "details_request" && (d.ID == "ownership" || d.ID == "apology") {
				t.Errorf("%s: %q: the %s waits on the request: %s", c.lang, c.admits, d.ID, d.Note)
			}
		}
		waits := false
		for _, d := range pr.Discounts {
			waits = waits || (d.By == "details_request" && d.ID == "ownership")
		}
		if !waits {
			t.Errorf("%s: %q: the promise does not wait on the request (%s)", c.lang, c.promises, featureList(pr))
		}
	}
}

// A step set apart from the request by another step does not wait on the
// details (playtest 10, P10-2: "will be trained" was discounted because
// the reply later asked for a phone number); the promise right beside the
// request, or with only sympathy between, still waits.
func TestAStepApartFromTheRequestDoesNotWait(t *testing.T) {
	r := Default()
	cases := []struct{ lang, apart, beside string }{
		{"en",
			"All our security staff will be trained on medical situations. Our director will call you if you want. If you send us your phone number in a private message, we will call you.",
			"All our security staff will be trained on medical situations. If you send us your phone number in a private message, we will call you."},
		{"nl",
			"Al onze beveiligers krijgen een training over medische situaties. Onze directeur belt je graag als je dat wilt. Als je ons je telefoonnummer stuurt in een privébericht, bellen we je.",
			"Al onze beveiligers krijgen een training over medische situaties. Als je ons je telefoonnummer stuurt in een privébericht, bellen we je."},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerMood: -0.8}
		for _, d := range r.Analyze(c.apart, ctx).Discounts {
			if d.By == "details_request" && d.ID == "next_step" && d.Start == 0 {
				t.Errorf("%s: %q: the training waits on the phone number: %s", c.lang, c.apart, d.Note)
			}
		}
		waits := false
		for _, d := range r.Analyze(c.beside, ctx).Discounts {
			waits = waits || (d.By == "details_request" && d.ID == "next_step")
		}
		if !waits {
			t.Errorf("%s: %q: the promise beside the request does not wait", c.lang, c.beside)
		}
	}
}
