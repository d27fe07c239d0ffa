package scoring

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// A reply about another problem than the customer's loses, however warm
// and concrete it is, and the route of a case can test it (off_topic);
// a plain reply in other words than the customer's is not taken for one.
func TestOffTopicReply(t *testing.T) {
	r := Default()
	cases := []struct {
		lang, post, onTopic, offTopic string
	}{
		{"nl", "@SanomaMediaNL Ik schreef AL gebeld, niet VEEL gebeld. En ja, ik heb twee keer gemaild, dat staat er ook. Lezen is ook een vak.",
			"@dorien_deboef Je hebt gelijk, je schreef al gebeld. Sorry, ik las het verkeerd! Stuur je me je klantnummer via DM? Dan regel ik het vandaag nog. ^Lotte",
			"@dorien_deboef Hoi juf, wat vervelend dat u zo lang op de lesmethode wacht. Ik zoek nu uit waar uw bestelling blijft en stuur u binnen een uur een DM. ^Lotte"},
		{"en", "@SanomaMedia I wrote ALREADY called, not called A LOT. And yes, I emailed twice, it says so too. Reading is a skill as well.",
			"@dorien_deboef You're right, you wrote already called. Sorry, I misread it! Could you DM me your customer number? I'll sort it today. ^Lotte",
			"@dorien_deboef Hi teacher, how annoying that you've waited so long for the textbook. I'm finding out where your order is and will DM you within the hour. ^Lotte"},
		{"en", "@BritishGas Boiler broken since Friday and no hot water. I have an 80-year-old mum staying with me.",
			"@claire_h An engineer is booked for 8am tomorrow and I've sent two heaters by courier today. ^Sam",
			"@claire_h So sorry your parcel is late! I've asked the courier to redeliver your order tomorrow. ^Sam"},
		{"nl", "@Eneco Al sinds vrijdag geen verwarming en geen warm water, en mijn moeder van 80 logeert hier.",
			"@claire_h Morgen om 8 uur komt er een monteur en ik heb vandaag twee kacheltjes naar je laten brengen. ^Sam",
			"@claire_h Wat vervelend dat je pakket te laat is! Ik heb de koerier gevraagd je bestelling morgen opnieuw te bezorgen. ^Sam"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Dorien", CustomerMood: -0.6}
		on, off := r.Analyze(c.onTopic, ctx), r.Analyze(c.offTopic, ctx)
		if on.Has("off_topic") {
			t.Errorf("%s: a reply about the customer's own problem is taken for off topic: %s\n  %s", c.lang, on.Text, featureList(on))
		}
		if !off.Has("off_topic") {
			t.Errorf("%s: a reply about another problem is not off topic: %s\n  %s", c.lang, off.Text, featureList(off))
		}
		if Overall(off) >= Overall(on) || off.Deescalation >= 55 {
			t.Errorf("%s: the off-topic reply scores %.0f (de-escalation %.0f), the on-topic one %.0f",
				c.lang, Overall(off), off.Deescalation, Overall(on))
		}
	}
}

// Replies that name none of the post's words but none of another topic's
// either (a plain step in other words) are never off topic.
func TestOffTopicNeedsForeignThings(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "@virginmedia Broadband drops every evening at 7 since Tuesday. I teach online classes at 7.",
			"@kerry_m There's a cabinet fault on your street; engineers have it scheduled for Thursday."},
		{"en", "@BootsUK Prescription for my epilepsy meds 'not ready' for the third time. I have two tablets left.",
			"@grace_o Sorry Grace, that's really worrying. DM me your branch and I'll call them now."},
		{"nl", "@Ziggo Internet valt elke avond om 7 uur weg, al sinds dinsdag. Ik geef om 7 uur online les.",
			"@kerry_m Er is een storing in de wijkkast in jouw straat; de monteur komt donderdag."},
		{"nl", "@SanomaMediaNL Ik schreef AL gebeld, niet VEEL gebeld. En ja, ik heb twee keer gemaild.",
			"@dorien_deboef Sorry Dorien, mijn fout. Ik bel je vanmiddag over je abonnement en je factuur. ^Lotte"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if a.Has("off_topic") {
			t.Errorf("%s: %q is taken for off topic (%s)", c.lang, c.reply, featureList(a))
		}
	}
}

// A greeting that calls the customer by another name or word is caught;
// their own name, a short form of it, a greeting without a name, a title
// before a surname and the writer's own name are not.
func TestWrongName(t *testing.T) {
	r := Default()
	ctx := func(lang string) Context {
		return Context{Language: lang, CustomerName: "Dorien", CustomerHandle: "dorien_deboef", CustomerMood: -0.5}
	}
	for _, c := range []struct {
		lang, reply string
		wrong       bool
	}{
		{"nl", "Hoi juf, ik bel je vandaag.", true},
		{"nl", "Hoi Sanne, ik bel je vandaag.", true},
		{"en", "Hi Sarah, I'll call you today.", true},
		{"en", "Good morning Sarah, I'll call you today.", true},
		{"nl", "Hoi Dorien, ik bel je vandaag.", false},
		{"nl", "Hoi Dor, ik bel je vandaag.", false},
		{"en", "Hi there, I'll call you today.", false},
		{"en", "Hi, I'll call you today.", false},
		{"nl", "Beste mevrouw De Boef, ik bel u vandaag.", false},
		{"nl", "Hoi allemaal, we bellen iedereen vandaag.", false},
		{"nl", "Hoi Lotte hier, ik bel je vandaag.", false},
		{"en", "Hi I'm Sam, I'll call you today.", false},
	} {
		a := r.Analyze(c.reply, ctx(c.lang))
		if a.Has("wrong_name") != c.wrong {
			t.Errorf("%s: %q: wrong_name %v, want %v (%s)", c.lang, c.reply, a.Has("wrong_name"), c.wrong, featureList(a))
		}
	}
	// Without the customer's name nothing can be wrong with it.
	if a := r.Analyze("Hoi Sanne, ik bel je vandaag.", Context{Language: "nl"}); a.Has("wrong_name") {
		t.Error("wrong_name without a known customer name")
	}
}

// Every topic of things a complaint is about exists in Dutch and English,
// with lists of about the same length: the same reach in both languages.
func TestTopicsInBothLanguages(t *testing.T) {
	var fr fileRubric
	if _, err := toml.Decode(string(builtinRubric), &fr); err != nil {
		t.Fatal(err)
	}
	nl, en := fr.Language["nl"].Topics, fr.Language["en"].Topics
	if len(nl) < 8 || len(nl) != len(en) {
		t.Fatalf("%d Dutch and %d English topics, want the same, at least 8", len(nl), len(en))
	}
	for _, name := range sortedKeys(nl) {
		n, e := len(nl[name]), len(en[name])
		if e == 0 || float64(min(n, e)) < 0.8*float64(max(n, e)) {
			t.Errorf("topic %s has %d Dutch and %d English words: not the same reach", name, n, e)
		}
	}
}

// A plain reply that reports the fix done, without a stock word (the
// customer's name is no stock word), beats the
// stock reply of sympathy and a request for details ("sorry, DM us your
// number and we'll look into it"), in both languages; the request is still
// a step, so it beats sympathy alone.
func TestDoneBeatsSympathyAndRequest(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, done, request, hollow string }{
		{"nl", "@Bol Mijn pakket is al een week zoek en ik heb het vrijdag nodig voor een verjaardag.",
			"@eva_k Eva, ik heb een nieuw exemplaar voor je besteld en met spoed verzonden; het is donderdag bij je. ^Tim",
			"@eva_k Wat vervelend Eva, sorry! Stuur je je bestelnummer via DM? Dan kijk ik waar je pakket is. ^Tim",
			"@eva_k Wat vervelend Eva, heel erg sorry! We snappen je frustratie helemaal. ^Tim"},
		{"en", "@Bol My parcel has been missing for a week and I need it on Friday for a birthday.",
			"@eva_k Eva, I've ordered a new one for you and sent it express; it'll be with you Thursday. ^Tim",
			"@eva_k So annoying Eva, sorry! Could you DM me your order number? Then I'll find out where your parcel is. ^Tim",
			"@eva_k So annoying Eva, really sorry! We completely understand your frustration. ^Tim"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Eva", CustomerMood: -0.6}
		done, req, hollow := r.Analyze(c.done, ctx), r.Analyze(c.request, ctx), r.Analyze(c.hollow, ctx)
		if !req.Has("details_request") {
			t.Errorf("%s: no details_request in %q (%s)", c.lang, c.request, featureList(req))
		}
		if !(Overall(done) > Overall(req) && Overall(req) > Overall(hollow)) {
			t.Errorf("%s: done %.1f, sympathy and request %.1f, sympathy alone %.1f; want them in that order\n  %s\n  %s",
				c.lang, Overall(done), Overall(req), Overall(hollow), featureList(done), featureList(req))
		}
	}
}

// "|" joins single words. A pattern that puts a contraction beside its
// own phrase ("that's|that is") reads "that's is" and never finds
// "that's" alone: the loader and the scenario checker refuse it with a
// clear message; alternatives of single words pass.
func TestPhraseAlternativeRefused(t *testing.T) {
	for _, src := range []string{"sorry * that's|that is how you", "you'll|you will get * refund", "don't|do not see * reason", "won't|will not cost you", "it's|it has been fixed"} {
		err := CheckPattern(src, "en")
		if err == nil || !strings.Contains(err.Error(), "write a pattern for each phrase") {
			t.Errorf("%q: want it refused as a phrase in an alternative, got %v", src, err)
		}
	}
	for _, src := range []string{"we'll|we look into it >", "you'll|you need to contact", "sorry|apologies for the delay", "that's how you", "kun je|u * helpen"} {
		if err := CheckPattern(src, "en"); err != nil {
			t.Errorf("%q: refused: %v", src, err)
		}
	}
	if _, err := Parse([]byte(strings.Replace(string(builtinRubric), `"won't cost you"`, `"won't|will not cost you"`, 1)), "mine.toml"); err == nil ||
		!strings.Contains(err.Error(), "mine.toml:") || !strings.Contains(err.Error(), "write a pattern for each phrase") {
		t.Errorf("a rubric file with a phrase in an alternative loads: %v", err)
	}
}

// Stock words in fragments are no message, in both languages; a terse
// reply that names amounts or times, and a short message with a sign-off,
// are.
func TestFragmentListIsNoMessage(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, text string
		list       bool
	}{
		{"en", "@kai_r Apologies. Delay noted. Compensation process. Customer first. We hear you.", true},
		{"nl", "@kai_r Excuses. Vertraging genoteerd. Compensatieproces. Klant voorop. We horen je.", true},
		{"en", "@kai_r sorry, frustration, lessons learned, refund policy, we care", true},
		{"nl", "@kai_r sorry / begrip / lessen geleerd / restitutiebeleid / spoed", true},
		{"en", "@kai_r Refund: £42 for both tickets, done. Your new seats: row 12, Friday at 19:30. –Amir", false},
		{"nl", "@kai_r Terugbetaald: €42 voor beide kaartjes. Je nieuwe plaatsen: rij 12, vrijdag om 19:30. –Amir", false},
		{"en", "@kai_r Annoying! Sorry! We completely get your disappointment. Regards, Amir", false},
		{"nl", "@kai_r Vervelend! Sorry! We snappen je teleurstelling helemaal. Groet, Amir", false},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, CustomerPost: "@Rail Train cancelled, missed my show. / Trein uitgevallen, voorstelling gemist."})
		if a.Has("not_a_message") != c.list {
			t.Errorf("%s: %q: not_a_message %v, want %v (%s)", c.lang, c.text, a.Has("not_a_message"), c.list, featureList(a))
		}
	}
}

// One word of the post dropped into stock phrases is still a template, in
// both languages; a reply that names two things of the case is not.
func TestTemplateWithOneWordOfThePost(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		canned            bool
	}{
		{"en", "@Evri My parcel was marked delivered to a safe place but I live in a flat with no safe place.",
			"Hi there, we're sorry you're having issues with your parcel. Please DM us your tracking number and we'll be happy to look into this for you.", true},
		{"nl", "@PostNL Mijn pakket staat op bezorgd op een veilige plek, maar ik woon in een flat zonder veilige plek.",
			"Hoi, vervelend dat je problemen hebt met je pakket. Stuur je je trackingnummer via DM? Dan kijken we er graag even naar.", true},
		{"en", "@Evri My parcel was marked delivered to a safe place but I live in a flat with no safe place.",
			"A safe place scan at a flat with no safe place means the driver got it wrong. DM us your tracking number and we'll be happy to look into this for you.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if a.Has("canned") != c.canned {
			t.Errorf("%s: %q: canned %v, want %v (%s)", c.lang, c.reply, a.Has("canned"), c.canned, featureList(a))
		}
	}
}

// The same mistake with an alternative after the contraction ("i've|i
// have|we") is refused too.
func TestPhraseAlternativeBeforeAlternative(t *testing.T) {
	if err := CheckPattern("i've|we've|i have|we have * put", "en"); err == nil {
		t.Error(`"i've|we've|i have|we have" is accepted`)
	}
}

// Sending the customer something is no request for their details; asking
// for them is, in a question or as an imperative.
func TestDetailsRequestIsARequest(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"nl", "Ik stuur je de bon vandaag nog via de mail.", false},
		{"en", "I'll send you the receipt by email today.", false},
		{"nl", "Stuur me je ordernummer via DM, dan kijk ik het na.", true},
		{"en", "Send me your order number by DM and I'll check it.", true},
		{"nl", "Kun je je ordernummer via DM sturen?", true},
	} {
		if got := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}).Has("details_request"); got != c.want {
			t.Errorf("%s: %q: details_request %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// A reply that says what the customer wrote about and names another
// thing ("your complaint about the bill" to a complaint about signal) has
// read another post, even with one foreign thing; a reply that goes back
// to the customer's earlier post (Context.Thread) refers to the case.
func TestOffTopicReadingOfTheCase(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "@tmobile_webcare Barely any signal in Fijnaart again. I can't even make a call indoors. What am I actually paying for?",
			"Hi, that was out of line and we're sorry. We've taken the post down and I'll personally make sure your complaint about the bill is sorted today"},
		{"nl", "@tmobile Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen. Wat heb ik hier nog aan?",
			"Hoi, dat was niet netjes en het spijt ons. We hebben het bericht verwijderd en ik zorg er zelf voor dat je klacht over de factuur vandaag geregeld is."},
		{"en", "@AnglianWater No water since 6am on Elm Road, three kids to get to school.",
			"Sorry about this! I've passed your question about the invoice to our team and you'll hear back today."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("off_topic") || Overall(a) > 50 {
			t.Errorf("%s: a reply that reads another complaint scores %.0f (%s): %s", c.lang, Overall(a), featureList(a), c.reply)
		}
	}
	first := "@Eneco Al sinds vrijdag geen verwarming en geen warm water, en mijn moeder van 80 logeert hier."
	later := "@Eneco En nu? Ik hoor niks meer."
	reply := "@claire_h Sorry Claire, je melding over de verwarming staat op spoed: de monteur komt morgen om 8 uur."
	without := r.Analyze(reply, Context{Language: "nl", CustomerPost: later, CustomerMood: -0.7})
	with := r.Analyze(reply, Context{Language: "nl", CustomerPost: later, Thread: []string{first}, CustomerMood: -0.7})
	if with.Has("off_topic") || Overall(with) <= Overall(without) {
		t.Errorf("a reply about the customer's first post: %.0f with the thread (%s), %.0f without (%s)",
			Overall(with), featureList(with), Overall(without), featureList(without))
	}
}
