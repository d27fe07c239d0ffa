package scoring

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSpans asserts what every consumer of an analysis relies on: scores
// in range, features ordered by Start, and each span's Text equal to the
// reply's code points and bytes in that span.
func checkSpans(t testing.TB, text string, a Analysis) {
	t.Helper()
	runes := []rune(text)
	if a.Empathy < 0 || a.Empathy > 100 || a.Deescalation < 0 || a.Deescalation > 100 ||
		math.IsNaN(a.Empathy) || math.IsNaN(a.Deescalation) {
		t.Fatalf("scores out of range: empathy %v, de-escalation %v for %q", a.Empathy, a.Deescalation, text)
	}
	for i, f := range a.Features {
		if i > 0 && f.Start < a.Features[i-1].Start {
			t.Fatalf("features not ordered by Start: %v", a.Features)
		}
		if f.Start == f.End {
			if f.Text != "" || f.Start != 0 || f.ByteStart != 0 || f.ByteEnd != 0 {
				t.Fatalf("a whole-reply feature must have an empty span: %+v", f)
			}
			continue
		}
		if f.Start < 0 || f.End > len(runes) || f.Start > f.End {
			t.Fatalf("span [%d:%d] outside a reply of %d code points: %+v", f.Start, f.End, len(runes), f)
		}
		if got := string(runes[f.Start:f.End]); got != f.Text {
			t.Fatalf("code points [%d:%d] are %q, Text is %q", f.Start, f.End, got, f.Text)
		}
		if f.ByteStart < 0 || f.ByteEnd > len(text) || text[f.ByteStart:f.ByteEnd] != f.Text {
			t.Fatalf("bytes [%d:%d] do not hold Text %q", f.ByteStart, f.ByteEnd, f.Text)
		}
		if f.Label == "" {
			t.Fatalf("feature %s has no label", f.ID)
		}
	}
}

func find(a Analysis, id string) []Feature {
	var out []Feature
	for _, f := range a.Features {
		if f.ID == id {
			out = append(out, f)
		}
	}
	return out
}

func ids(a Analysis) []string {
	var out []string
	for _, f := range a.Features {
		out = append(out, f.ID)
	}
	return out
}

// The historical Sanoma reply is a failure on both dimensions, and the
// debrief can point at the put-down.
func TestSanomaPutDownScoresLow(t *testing.T) {
	text := "Wat wil je nou? De juf uithangen of geholpen worden?"
	a := Default().Analyze(text, Context{Language: "nl", CustomerMood: -0.6})
	checkSpans(t, text, a)
	if a.Empathy >= 35 || a.Deescalation >= 35 {
		t.Errorf("empathy %.1f, de-escalation %.1f: want both below 35", a.Empathy, a.Deescalation)
	}
	var spans []string
	for _, f := range find(a, "sarcasm") {
		spans = append(spans, f.Text)
	}
	joined := strings.Join(spans, "|")
	if !strings.Contains(joined, "Wat wil je nou") || !strings.Contains(joined, "uithangen") {
		t.Errorf("sarcasm spans %q: want the rhetorical question and the put-down", spans)
	}
	if a.Has("invite_dialogue") {
		t.Errorf("a rhetorical question must not count as inviting dialogue: %v", ids(a))
	}
	if len(a.Missing) == 0 || a.Missing[0].ID != "apology" {
		t.Errorf("an angry customer expects an apology; missing = %+v", a.Missing)
	}
}

// The model answer to Dorien scores well, and every element a trainer
// would point at has its own span. It asks for her number first, so its
// call waits on her: the same reply that calls without asking scores
// higher on empathy (issue 12: what is done counts more than a request).
func TestModelReplyScoresHigh(t *testing.T) {
	text := "Wat vervelend dat je zo lang moest wachten, Dorien. Sorry! Stuur je ons een DM met je abonneenummer? Dan bel ik je vandaag nog. ^Lotte"
	ctx := Context{Language: "nl", CustomerName: "Dorien", CustomerMood: -0.6}
	a := Default().Analyze(text, ctx)
	checkSpans(t, text, a)
	if a.Empathy < 60 || a.Deescalation < 75 {
		t.Errorf("empathy %.1f, de-escalation %.1f: want at least 60 and 75", a.Empathy, a.Deescalation)
	}
	acts := Default().Analyze("Wat vervelend dat je zo lang moest wachten, Dorien. Sorry! Ik bel je vandaag nog. ^Lotte", ctx)
	if acts.Empathy <= a.Empathy || Overall(acts) <= Overall(a) {
		t.Errorf("calling without asking first scores E%.1f, %.1f overall; with the request E%.1f, %.1f", acts.Empathy, Overall(acts), a.Empathy, Overall(a))
	}
	want := map[string]string{
		"acknowledge_emotion": "vervelend",
		"apology":             "Sorry",
		"personal_address":    "Dorien",
		"move_private":        "DM",
		"next_step":           "bel ik",
		"signature":           "^Lotte",
	}
	for id, sub := range want {
		fs := find(a, id)
		if len(fs) == 0 {
			t.Errorf("%s not found; found %v", id, ids(a))
			continue
		}
		ok := false
		for _, f := range fs {
			ok = ok || strings.Contains(f.Text, sub)
		}
		if !ok {
			t.Errorf("%s spans %+v: want one containing %q", id, fs, sub)
		}
	}
	if len(a.Missing) != 0 {
		t.Errorf("nothing should be missing, got %+v", a.Missing)
	}
}

type rubricCase struct {
	name string
	text string
	ctx  Context
	want []string // feature ids that must be found
	not  []string // feature ids that must not be found
}

var nl = func(mood float64) Context { return Context{Language: "nl", CustomerMood: mood} }
var en = func(mood float64) Context { return Context{Language: "en", CustomerMood: mood} }

var rubricCases = []rubricCase{
	// Negation stops a positive feature, in both languages.
	{"geen excuses", "Daar maken wij geen excuses voor.", nl(-0.5), nil, []string{"apology"}},
	{"not sorry", "We are not sorry.", en(-0.5), []string{"refuse_apology"}, []string{"apology"}},
	{"not sorry in a Dutch reply", "Not sorry.", nl(-0.5), nil, []string{"apology"}},
	{"niet vervelend", "Ik vind het niet vervelend.", nl(-0.5), nil, []string{"acknowledge_emotion"}},
	{"nooit excuses", "Wij bieden nooit excuses aan.", nl(-0.5), nil, []string{"apology"}},
	{"n't", "We don't apologise for this.", en(-0.5), nil, []string{"apology"}},
	{"negation in another clause", "Oh no, I'm so sorry!", en(-0.5), []string{"apology"}, nil},
	{"negation after the apology", "Sorry dat je niet geholpen bent.", nl(-0.5), []string{"apology"}, nil},
	{"negation inside the phrase", "Niet fijn dat het zo liep, Sam.", nl(-0.5), []string{"acknowledge_emotion"}, nil},
	{"negated blame is no blame", "Dit is niet jouw schuld.", nl(-0.5), nil, []string{"blame_customer"}},
	{"negated legal threat is no threat", "We gaan geen juridische stappen nemen.", nl(-0.5), nil, []string{"legal_threat"}},
	{"a gap never steps over a negation", "Je had niet zo lang moeten wachten.", nl(-0.5), nil, []string{"blame_customer"}},
	// Quotations are the customer's words.
	{"quoted apology", `Je vraagt om "sorry", maar wij hebben niets fout gedaan.`, nl(-0.5), []string{"deny"}, []string{"apology"}},
	{"je zegt", "Je zegt dat wij idioten zijn, dat snap ik.", nl(-0.5), []string{"acknowledge_emotion"}, []string{"insult"}},
	{"you say", "You say we are useless and stupid. I understand.", en(-0.5), []string{"acknowledge_emotion"}, []string{"insult"}},
	{"apostrophe is no quote", "Persoonlijk vind ik 't vervelend, sorry.", nl(-0.5), []string{"acknowledge_emotion", "apology"}, nil},
	// Stems: inflected forms match.
	{"vervelende", "Wat een vervelende situatie.", nl(-0.5), []string{"acknowledge_emotion"}, nil},
	{"excuus", "Mijn excuus!", nl(-0.5), []string{"apology"}, nil},
	{"onze excuses", "Onze excuses.", nl(-0.5), []string{"apology"}, nil},
	{"begrijp", "Ik begrijp dat je boos bent.", nl(-0.5), []string{"acknowledge_emotion"}, nil},
	{"diacritics and case", "PRIVÉBERICHT gestuurd, Dorien.", Context{Language: "nl", CustomerName: "Dorien", CustomerMood: -0.5}, []string{"move_private", "personal_address"}, nil},
	// Questions.
	{"an inviting question", "Kun je vertellen wat er misging?", nl(-0.3), []string{"invite_dialogue"}, nil},
	{"a request for details is no invitation", "Kun je ons je klantnummer sturen?", nl(-0.3), []string{"details_request"}, []string{"invite_dialogue"}},
	{"no question, no invitation", "Je kunt ons je klantnummer sturen.", nl(-0.3), nil, []string{"invite_dialogue"}},
	{"could you", "Could you tell us what went wrong?", en(-0.3), []string{"invite_dialogue"}, nil},
	{"a request for details", "Could you DM us your order number?", en(-0.3), []string{"details_request", "move_private"}, []string{"invite_dialogue"}},
	// Apologies that are not.
	{"sorry als je je zo voelt", "Sorry als je je zo voelt.", nl(-0.5), []string{"non_apology"}, []string{"apology"}},
	{"sorry if you feel", "We're sorry if you feel let down.", en(-0.5), []string{"non_apology"}, []string{"apology"}},
	{"betreuren", "Wij betreuren dat u zich zo voelt.", nl(-0.8), []string{"non_apology"}, nil},
	{"sorry, maar", "Sorry, maar zo werkt het nu eenmaal.", nl(-0.5), []string{"apology_withdrawn"}, []string{"apology"}},
	{"excuses, echter", "Excuses, echter de regels zijn duidelijk.", nl(-0.5), []string{"apology_withdrawn"}, []string{"apology"}},
	{"sorry but", "Sorry, but that's our policy.", en(-0.5), []string{"apology_withdrawn", "deflect"}, []string{"apology"}},
	{"any inconvenience", "We apologise for any inconvenience caused.", en(-0.5), []string{"non_apology"}, []string{"apology"}},
	// The other side.
	{"blame", "Volgens onze gegevens heeft u niet betaald.", nl(-0.5), []string{"blame_customer"}, nil},
	{"u had moeten", "U had eerst moeten bellen.", nl(-0.5), []string{"blame_customer"}, nil},
	{"you should have", "You should have read the terms.", en(-0.5), []string{"blame_customer"}, nil},
	{"legal", "Onze advocaat neemt contact met u op.", nl(-0.5), []string{"legal_threat"}, nil},
	{"legal en", "We will take legal action.", en(-0.5), []string{"legal_threat"}, nil},
	// Thanks beside mockery is not thanks (a newcomer's "Echt heel
	// constructief, dank je wel hoor" earned the thanks bonus).
	{"thanks beside a sneer", "Knap hoor, twee keer mailen en het dan nog niet snappen. Dank je wel hoor.", nl(-0.5), []string{"sarcasm"}, []string{"thanks"}},
	{"thanks beside a sneer en", "Nice going, emailing twice and still not getting it. Thanks a lot.", en(-0.5), []string{"sarcasm"}, []string{"thanks"}},
	{"insult", "Je bent echt dom.", nl(-0.5), []string{"insult"}, nil},
	{"insult en", "What an idiot.", en(-0.5), []string{"insult"}, nil},
	{"deny", "Het voorval is niet gebeurd zoals beschreven.", nl(-0.9), []string{"deny"}, nil},
	{"deny en", "That is not what happened.", en(-0.9), []string{"deny"}, nil},
	{"shouting", "DAT HEBBEN WE AL GEZEGD.", nl(-0.5), []string{"shouting"}, nil},
	{"exclamation run", "Dat klopt niet!!!", nl(-0.5), []string{"shouting"}, nil},
	{"acronyms are not shouting", "Stuur een DM naar KPN of HEMA.", nl(-0.5), nil, []string{"shouting"}},
	{"wrong language", "Thanks for your message, we will look into it and get back to you.", nl(-0.5), []string{"wrong_language"}, nil},
	{"right language", "Thanks for your message, we will look into it and get back to you.", en(-0.5), nil, []string{"wrong_language"}},
	{"French to a Dutch customer", "Bonjour Dorien, nous sommes vraiment désolés. Je vous appelle aujourd'hui.", nl(-0.5), []string{"wrong_language"}, nil},
	{"German to a Dutch customer", "Hallo Dorien, es tut uns wirklich leid. Ich rufe dich heute noch an.", nl(-0.5), []string{"wrong_language"}, nil},
	{"Turkish to an English customer", "Merhaba Sam, yaşadıklarınız için çok özür dileriz. Bugün sizi arayacağız.", en(-0.5), []string{"wrong_language"}, nil},
	{"Arabic to a Dutch customer", "مرحبا، نحن آسفون جدا لما حدث. سنتصل بك اليوم.", nl(-0.5), []string{"wrong_language"}, nil},
	{"Russian to an English customer", "Привет, нам очень жаль. Напишите нам в личные сообщения.", en(-0.5), []string{"wrong_language"}, nil},
	{"'jij had' blames as 'je had' does", "Jij had gewoon beter moeten lezen.", nl(-0.6), []string{"blame_customer"}, nil},
	// Sharing a delighted customer's pleasure; not with an angry one.
	{"shares the joy of a photo", "Wat een mooie foto! Eet smakelijk.", nl(0.9), []string{"share_joy"}, nil},
	{"enjoy your pizza", "What a lovely photo, enjoy your pizza!", en(0.9), []string{"share_joy"}, nil},
	{"'wat leuk dat je boos bent' mocks", "Wat leuk dat je weer boos bent.", nl(-0.6), []string{"sarcasm"}, []string{"thanks"}},
	{"'how nice that you're complaining' mocks", "How nice that you're complaining again.", en(-0.6), []string{"sarcasm"}, []string{"thanks"}},
	{"'wat leuk dat je er weer bent' is warm", "Wat leuk dat je er weer bent!", nl(0.6), []string{"thanks"}, []string{"sarcasm"}},
	{"a terse Dutch reply", "Sorry Dorien! Dubbele incasso teruggeboekt, maandag zichtbaar op rekening. Fijn weekend gewenst! ^Lotte", nl(-0.5), nil, []string{"wrong_language"}},
	{"a French word in Dutch", "Sorry Dorien, dat is echt balen. Merci voor je geduld, ik bel je vandaag.", nl(-0.5), nil, []string{"wrong_language"}},
	{"an Arabic name in Dutch", "Sorry Fatima (فاطمة), dat is echt balen. Ik bel je vandaag nog.", nl(-0.5), nil, []string{"wrong_language"}},
	{"too short", "Geregeld.", nl(-0.2), []string{"too_short"}, nil},
	{"an emoji alone is too short", "🙏", nl(-0.6), []string{"too_short"}, nil},
	{"an emoji and a handle are too short", "@dorien 👍", en(-0.6), []string{"too_short"}, nil},
	{"padding", strings.Repeat("Wij willen u graag helpen met uw vraag over het abonnement. ", 8), nl(-0.2), []string{"padding"}, nil},
	// Offer help, ownership, thanks, signature.
	{"university", "Kan ik ergens mee helpen?", nl(-0.5), []string{"offer_help"}, nil},
	{"ownership", "Ik zoek het voor je uit.", nl(-0.5), []string{"ownership"}, nil},
	{"ownership en", "My mistake, I'll sort it.", en(-0.5), []string{"ownership"}, nil},
	{"thanks", "Dank je wel voor je geduld!", nl(0.5), []string{"thanks"}, nil},
	{"signature groet", "We bellen je morgen. Groet, Lotte", nl(-0.3), []string{"signature", "next_step"}, nil},
	{"signature caret", "We call you tomorrow. ^Sam", en(-0.3), []string{"signature"}, nil},
	{"greeting", "Hoi! Wat kan ik voor je doen?", nl(-0.3), []string{"personal_address", "offer_help"}, nil},
}

func TestRubricTable(t *testing.T) {
	r := Default()
	for _, c := range rubricCases {
		t.Run(c.name, func(t *testing.T) {
			a := r.Analyze(c.text, c.ctx)
			checkSpans(t, c.text, a)
			for _, id := range c.want {
				if !a.Has(id) {
					t.Errorf("%q: want %s, found %v", c.text, id, ids(a))
				}
			}
			for _, id := range c.not {
				if a.Has(id) {
					t.Errorf("%q: %s must not be found, found %v", c.text, id, ids(a))
				}
			}
		})
	}
}

// Negation only ever removes a finding: a negated negative phrase never
// earns positive points.
func TestNegationNeverFlipsNegativeIntoPositive(t *testing.T) {
	r := Default()
	for _, text := range []string{
		"We gaan geen juridische stappen nemen.",
		"Dit is niet jouw schuld.",
		"Ik ga je niet beledigen, idioot.",
		"Not our fault, not sorry.",
		"Je bent niet dom, alleen lastig.",
		"We won't sue, but you are wrong.",
	} {
		a := r.Analyze(text, Context{Language: "nl", CustomerMood: -0.5})
		for _, f := range a.Features {
			if f.Points > 0 {
				t.Errorf("%q: negation produced a positive feature %s (%+.1f)", text, f.ID, f.Points)
			}
		}
		if a.Empathy > r.baseEmpathy || a.Deescalation > r.baseDeescalation {
			t.Errorf("%q: scores %v/%v above the baseline", text, a.Empathy, a.Deescalation)
		}
	}
}

// A negation ends with its clause: in "that wasn't okay and I'm sorry" the
// apology stands, in both languages; "not sorry" still refuses it.
func TestNegationEndsWithItsClause(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, text string
		apology    bool
	}{
		{"en", "That wasn't okay and I'm sorry.", true},
		{"nl", "Dat was niet netjes en het spijt me.", true},
		{"en", "We didn't call you back, but I'm sorry for that.", true},
		{"nl", "We hebben je niet teruggebeld, maar het spijt me echt.", true},
		{"en", "We are not sorry.", false},
		{"nl", "Daar hebben we geen spijt van.", false},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5})
		if a.Has("apology") != c.apology {
			t.Errorf("%s %q: apology %v, want %v (%s)", c.lang, c.text, a.Has("apology"), c.apology, featureList(a))
		}
	}
}

// The same words weigh differently in another context.
func TestContextChangesTheScore(t *testing.T) {
	r := Default()
	// An apology to a delighted customer is misplaced (Domino's).
	dom := "Sorry daarvoor, kun je ons wat meer informatie sturen?"
	happy := r.Analyze(dom, Context{Language: "nl", CustomerPost: "Beste pizza ooit, bedankt", CustomerMood: 0.9})
	angry := r.Analyze(dom, Context{Language: "nl", CustomerPost: "Pizza koud en te laat", CustomerMood: -0.6})
	if !happy.Has("misplaced_apology") || happy.Has("apology") || !happy.Has("canned") {
		t.Errorf("to a delighted customer: want misplaced_apology and canned, no apology; got %v", ids(happy))
	}
	// To an angry customer it is an apology, but one inside a template
	// that fits any post: it is cancelled, and the explanation says why.
	cancelled := false
	for _, d := range angry.Discounts {
		cancelled = cancelled || (d.ID == "apology" && d.By == "canned" && d.Empathy > 0)
	}
	if angry.Has("misplaced_apology") || angry.Has("apology") || !cancelled {
		t.Errorf("to an angry customer the templated apology is cancelled by canned; got %v, discounts %+v", ids(angry), angry.Discounts)
	}
	if Overall(happy) >= Overall(angry) {
		t.Errorf("the Domino's reply should do worse to a delighted customer: %.1f vs %.1f", Overall(happy), Overall(angry))
	}
	// Humour to a furious customer is riskier than to a calm one, and
	// fine to a delighted one.
	joke := "Haha, die zag ik niet aankomen!"
	furious := r.Analyze(joke, nl(-1))
	calm := r.Analyze(joke, nl(0))
	glad := r.Analyze(joke, nl(0.8))
	if !(furious.Deescalation < calm.Deescalation && calm.Deescalation < glad.Deescalation) {
		t.Errorf("humour: de-escalation furious %.1f, calm %.1f, delighted %.1f: want increasing",
			furious.Deescalation, calm.Deescalation, glad.Deescalation)
	}
	// A joke in a sentence naming a third party is at their expense.
	tm := "@usurpia Sorry voor de matige dekking in Fijnaart. Persoonlijk vind ik 't niet erg dat we 't stembereik van @fransbauer_ zo beperken. ^Jacob"
	a := r.Analyze(tm, Context{Language: "nl", CustomerHandle: "usurpia", CustomerMood: -0.3})
	if !a.Has("humour_at_expense") || a.Deescalation >= 50 {
		t.Errorf("T-Mobile: want humour_at_expense and de-escalation below 50; got %v, %.1f", ids(a), a.Deescalation)
	}
	tease := r.Analyze("@usurpia Haha, vraag het @fransbauer_ maar eens 😂", Context{Language: "nl", CustomerHandle: "usurpia", CustomerMood: -0.3})
	if !tease.Has("humour_at_expense") || tease.Has("humour") {
		t.Errorf("a laugh in the sentence that names a third party: got %v", ids(tease))
	}
	// A person named in full is a third party too, without a handle; a
	// place the customer named, the customer and a signature are not.
	post := "@tmobile_webcare Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen."
	postEN := "@tmobile_webcare Barely any signal in Fijnaart again. I can't even call indoors."
	for _, c := range []struct {
		lang, post, reply string
		atExpense         bool
	}{
		{"nl", post, "@usurpia Misschien moet Frans Bauer wat harder zingen in Fijnaart, haha. ^Jacob", true},
		{"en", postEN, "@usurpia Maybe Frans Bauer should sing a bit louder in Fijnaart, haha. ^Jacob", true},
		{"en", postEN, "@usurpia We'll ask Taylor Swift to hold a concert there instead 😂", true},
		{"nl", post, "@usurpia Haha, balen! In Fijnaart bouwen we een nieuwe mast, eind van de maand klaar. ^Jacob Jansen", false},
		{"en", postEN, "@usurpia Argh, sorry! A new mast goes up in Fijnaart this month 😉 – Jacob de Vries", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerHandle: "usurpia", CustomerMood: -0.3})
		harm := r.Questions(a)[2]
		if a.Has("humour_at_expense") != c.atExpense || (harm.Answer == "no") != c.atExpense {
			t.Errorf("%q: humour at someone's expense %v (question 3: %s), want %v", c.reply, a.Has("humour_at_expense"), harm.Answer, c.atExpense)
		}
	}
	// The reply that mentions what the customer wrote is not canned.
	ref := r.Analyze("Bedankt voor je bericht over de pizza!", Context{Language: "nl", CustomerPost: "Beste pizza ooit, bedankt", CustomerMood: 0.9})
	if ref.Has("canned") {
		t.Errorf("a reply naming the pizza is not canned: %v", ids(ref))
	}
	// Expected features depend on the mood.
	if m := r.Analyze("Bedankt!", nl(0.9)).Missing; len(m) != 1 || m[0].ID != "personal_address" {
		t.Errorf("a delighted customer thanked: only the personal touch is missing, got %+v", m)
	}
}

func TestLabelsFollowTheLanguage(t *testing.T) {
	r := Default()
	a := r.Analyze("Sorry!", Context{Language: "en", CustomerMood: -0.8})
	b := r.Analyze("Sorry!", Context{Language: "nl", CustomerMood: -0.8})
	fa, fb := find(a, "apology"), find(b, "apology")
	if len(fa) == 0 || len(fb) == 0 {
		t.Fatalf("apology not found: %v / %v", ids(a), ids(b))
	}
	if fa[0].Label != "You apologise." || fb[0].Label != "Je biedt je excuses aan." {
		t.Errorf("labels: en %q, nl %q", fa[0].Label, fb[0].Label)
	}
	if len(a.Missing) == 0 || !strings.Contains(a.Missing[0].Label, "acknowledge") {
		t.Errorf("missing in English: %+v", a.Missing)
	}
	if a.Language != "en" || r.Analyze("x", Context{}).Language != "nl" || r.Analyze("x", Context{Language: "EN-gb"}).Language != "en" {
		t.Errorf("language: want en, and nl by default")
	}
}

func TestExplain(t *testing.T) {
	r := Default()
	text := "Sorry, maar volgens onze gegevens heeft u niet betaald."
	a := r.Analyze(text, nl(-0.6))
	out := r.Explain(a, "nl")
	for _, want := range []string{"apology_withdrawn", `"Sorry, maar"`, "blame_customer", "Ontbreekt", "acknowledge_emotion", "Empathie", "de-escalatie", "Tip:"} {
		if !strings.Contains(out, want) {
			t.Errorf("Explain (nl) lacks %q:\n%s", want, out)
		}
	}
	en := r.Explain(a, "en")
	for _, want := range []string{"Missing", "Empathy", "A \"but\" takes your apology or understanding back."} {
		if !strings.Contains(en, want) {
			t.Errorf("Explain (en) lacks %q:\n%s", want, en)
		}
	}
}

func TestSpeed(t *testing.T) {
	for _, c := range []struct{ min, sla, want float64 }{
		{0, 60, 100}, {15, 60, 100}, {60, 60, 72.7}, {180, 60, 0}, {500, 60, 0},
		{10, 0, 100}, {-5, 60, 100}, {math.NaN(), 60, 0},
	} {
		if got := Speed(c.min, c.sla); math.Abs(got-c.want) > 0.1 {
			t.Errorf("Speed(%v, %v) = %.1f, want %.1f", c.min, c.sla, got, c.want)
		}
	}
	if !(Speed(30, 60) > Speed(45, 60) && Speed(45, 60) > Speed(90, 60)) {
		t.Error("speed must fall as the reply comes later")
	}
}

func TestOverallWeighsTheWeakerDimension(t *testing.T) {
	balanced := Overall(Analysis{Empathy: 60, Deescalation: 60})
	lopsided := Overall(Analysis{Empathy: 100, Deescalation: 20})
	if balanced <= lopsided {
		t.Errorf("a balanced 60/60 (%.1f) should beat a warm but provocative 100/20 (%.1f)", balanced, lopsided)
	}
	if Overall(Analysis{Empathy: 100, Deescalation: 100}) != 100 || Overall(Analysis{}) != 0 {
		t.Error("Overall must span 0..100")
	}
}

func TestLoadFileReplacesTheRubric(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.toml")
	text := strings.Replace(string(BuiltinRubric()), "baseline_empathy = 35", "baseline_empathy = 20", 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Analyze("Ok, dan weten we dat.", nl(0)).Empathy; got != 20 {
		t.Errorf("a trainer's baseline of 20 gives %.1f", got)
	}
	if r.Source != path {
		t.Errorf("Source %q, want %q", r.Source, path)
	}
}

func TestLoadErrorsNameFileLineAndField(t *testing.T) {
	base := `[settings]
baseline_empathy = 35

[language.nl]
negation = ["niet"]

[language.en]
negation = ["not"]
`
	feature := func(body string) string {
		return base + `
[[feature]]
id = "apology"
label = { nl = "Excuses.", en = "Apology." }
` + body
	}
	cases := []struct {
		name, text, want string
	}{
		{"syntax", base + "\n[[feature]\nid = 1\n", "rubric.toml:11:"},
		{"unknown key", feature("dimension = \"empathy\"\npoints = 5\npatterns.nl = [\"sorry\"]\nlabl = \"x\"\n"), "rubric.toml:16: feature.labl: unknown key"},
		{"unknown dimension", feature("dimension = \"empathie\"\npoints = 5\npatterns.nl = [\"sorry\"]\n"), `rubric.toml:13: feature[1].dimension: unknown dimension "empathie"`},
		{"empty pattern", feature("dimension = \"empathy\"\npoints = 5\npatterns.nl = [\"sorry\",\n  \"  \"]\n"), "rubric.toml:16: feature[1].patterns.nl[2]: empty pattern"},
		{"bad regex", feature("dimension = \"empathy\"\npoints = 5\npatterns.en = [\"re:(sorry\"]\n"), "rubric.toml:15: feature[1].patterns.en[1]: regular expression"},
		{"unknown language", feature("dimension = \"empathy\"\npoints = 5\npatterns.de = [\"entschuldigung\"]\n"), `feature[1].patterns.de: unknown language "de"`},
		{"missing points", feature("dimension = \"empathy\"\npatterns.nl = [\"sorry\"]\n"), "rubric.toml:10: feature[1].points: missing"},
		{"unknown cancel", feature("dimension = \"empathy\"\npoints = 5\ncancels = [\"sorry\"]\npatterns.nl = [\"sorry\"]\n"), `rubric.toml:15: feature[1].cancels: no feature has the id "sorry"`},
		{"unknown expectation", feature("dimension = \"empathy\"\npoints = 5\npatterns.nl = [\"sorry\"]\n\n[[expect]]\nwhen = \"furious\"\nany = [\"apology\"]\n"), `rubric.toml:18: expect[1].when: unknown situation "furious"`},
		{"no patterns", feature("dimension = \"empathy\"\npoints = 5\n"), "feature[1].patterns: feature \"apology\" has no patterns"},
		{"phrases joined by |", feature("dimension = \"empathy\"\npoints = 5\npatterns.en = [\"in future|the future * please\"]\n"),
			`rubric.toml:15: feature[1].patterns.en[1]: feature "apology": pattern "in future|the future * please": "future|the" repeats "future"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.text), "rubric.toml")
			if err == nil {
				t.Fatalf("no error for:\n%s", c.text)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to contain %q", err.Error(), c.want)
			}
		})
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "missing.toml")); err == nil {
		t.Error("a missing file must be an error")
	}
}

// The patterns a trainer writes: wildcards, alternatives, anchors.
func TestPatternLanguage(t *testing.T) {
	rub := func(pats string) *Rubric {
		t.Helper()
		r, err := Parse([]byte(`[language.nl]
negation = ["niet", "geen"]
[[feature]]
id = "x"
dimension = "empathy"
points = 10
label = { nl = "x" }
patterns.nl = [`+pats+`]
`), "t.toml")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, c := range []struct {
		pat, text string
		want      bool
	}{
		{`"frustr*"`, "Wat frustrerend.", true},
		{`"*schuld*"`, "Dat is onschuldig.", true},
		{`"*loos"`, "Dat is hopeloos.", true},
		{`"=dm"`, "Stuur een DM.", true},
		{`"=dm"`, "Stuur DMs.", false},
		{`"kan ik * helpen"`, "Kan ik je ergens mee helpen?", true},
		{`"kan ik * helpen"`, "Kan ik. Helpen?", false},
		{`"sorry . maar"`, "Sorry. Maar toch.", true},
		{`"< hoi"`, "Hoi Sam", true},
		{`"< hoi"`, "Zeg maar hoi", false},
		{`"groet _ >"`, "Groet, Lotte", true},
		{`"groet _ >"`, "Groet, Lotte en Sam", false},
		{`"kun je ?"`, "Kun je bellen?", true},
		{`"kun je ?"`, "Kun je bellen.", false},
		{`"sorry|excuses"`, "Excuses!", true},
		{`"re:(?i)\\bsorry\\b"`, "Oké, SORRY.", true},
		{`"re:(?i)\\bsorry\\b"`, "Geen sorry.", false},
		{`"vervelend"`, "Héél VERVELENDE dag", true},
	} {
		a := rub(c.pat).Analyze(c.text, Context{Language: "nl"})
		checkSpans(t, c.text, a)
		if a.Has("x") != c.want {
			t.Errorf("pattern %s on %q: found %v, want %v", c.pat, c.text, a.Has("x"), c.want)
		}
	}
}

// Every feature id the scenarios and the game route on exists in the
// built-in rubric, with labels and tips in both languages.
func TestBuiltinRubricHasTheContractIDs(t *testing.T) {
	r := Default()
	for _, id := range []string{"acknowledge_emotion", "apology", "personal_address", "signature", "thanks",
		"next_step", "move_private", "offer_help", "ownership", "invite_dialogue", "blame_customer", "sarcasm",
		"humour_at_expense", "legal_threat", "insult", "non_apology", "apology_withdrawn", "canned", "shouting",
		"deny", "wrong_language", "too_short", "padding", "misplaced_apology", "refusal", "evasion", "questioned_apology", "company_signature", "not_a_message", "misreading", "restates_case", "hollow_sympathy", "resolved"} {
		f := r.byID[id]
		if f == nil {
			t.Errorf("feature %s is missing from rubric.toml", id)
			continue
		}
		for _, lang := range []string{"nl", "en"} {
			if f.Label[lang] == "" || f.Tip[lang] == "" {
				t.Errorf("feature %s lacks a %s label or tip", id, lang)
			}
		}
	}
	if !strings.Contains(string(BuiltinRubric()), "Kelleher 2009") {
		t.Error("the rubric must name its research sources")
	}
}

func TestDeterministic(t *testing.T) {
	r := Default()
	text := "Hoi Dorien, sorry! Wat vervelend. Ik bel je vandaag. ^Lotte"
	first := r.Explain(r.Analyze(text, nl(-0.5)), "nl")
	for i := 0; i < 20; i++ {
		if got := r.Explain(r.Analyze(text, nl(-0.5)), "nl"); got != first {
			t.Fatalf("analysis %d differs:\n%s\nvs\n%s", i, got, first)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Wat wil je nou? De juf uithangen of geholpen worden?",
		"Wat vervelend dat je zo lang moest wachten, Dorien. Sorry! Stuur je ons een DM? ^Lotte",
		"\"sorry\" 'geen excuses' not sorry!!! HÉÉL VERVELEND 😂🤣 @a @b ^",
		"مرحبا، آسف جدا على التأخير",
		"שלום, סליחה על העיכוב",
		"\x00\x01\u202e\u2066 sorry\r\n\t^\u0301é",
		strings.Repeat("sorry maar ", 1000),
		"e\u0301xcuses",
		"",
	} {
		f.Add(s, -0.6, "nl")
	}
	r := Default()
	f.Fuzz(func(t *testing.T, text string, mood float64, lang string) {
		if !utf8.ValidString(text) {
			// Spans are defined on code points; invalid bytes are
			// replaced before analysis by the game (session.CleanText).
			// The analysis must still not panic.
			_ = r.Analyze(text, Context{Language: lang, CustomerMood: mood})
			return
		}
		// The reply's own first words as a misreading, and as a brand:
		// whatever the author writes, the analysis holds together.
		words := strings.Fields(text)
		says := strings.Join(words[:min(len(words), 3)], " ")
		a := r.Analyze(text, Context{Language: lang, CustomerMood: mood, CustomerPost: text, CustomerName: "Dorien", CustomerHandle: "d",
			BrandName: says, Misreadings: []Misreading{{Says: []string{says, "nog niet * gebeld"}, Fact: "al gebeld"}}})
		checkSpans(t, text, a)
		for _, d := range a.Discounts {
			if rs := []rune(text); d.End > len(rs) || d.Start > d.End || (d.End > d.Start && string(rs[d.Start:d.End]) != d.Text) {
				t.Fatalf("discount span [%d:%d] %q does not match the text", d.Start, d.End, d.Text)
			}
		}
		_ = r.Explain(a, lang)
		if o := Overall(a); o < 0 || o > 100 {
			t.Fatalf("Overall %v", o)
		}
	})
}

func BenchmarkAnalyze280(b *testing.B) {
	text := "@dorien_deboef Wat vervelend dat je al twee keer mailde en belde en nog niet geholpen bent, Dorien. Sorry! Stuur je me je klantnummer via DM? Dan regel ik het vandaag nog, dat beloof ik je. Het had niet zo mogen lopen, dus excuses daarvoor van ons allemaal. ^Lotte"
	for utf8.RuneCountInString(text) < 280 {
		text += " Groet!"
	}
	text = string([]rune(text)[:280])
	ctx := Context{Language: "nl", CustomerName: "Dorien", CustomerHandle: "dorien_deboef", CustomerMood: -0.6,
		CustomerPost: "@SanomaMediaNL Al twee keer gemaild en al gebeld over mijn abonnement, nog steeds niks geregeld."}
	r := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Analyze(text, ctx)
	}
}

// Stemming must not join unrelated words: "kids" is no "kidding".
func TestStemsDoNotOverreach(t *testing.T) {
	a := Default().Analyze("Stuck in Leeds with two kids is awful, I'm sorry.", en(-0.6))
	if a.Has("humour") {
		t.Errorf("\"kids\" taken for a joke: %v", ids(a))
	}
}

// Dutch and English are both complete: every feature found by words has
// words in both languages.
func TestBuiltinRubricCoversBothLanguages(t *testing.T) {
	r := Default()
	for _, f := range r.features {
		if f.Detector != "" && f.Detector != "name" {
			continue
		}
		for _, lang := range []string{"nl", "en"} {
			n := 0
			for _, p := range r.langs[lang].patterns {
				if p.feature == f.idx {
					n++
				}
			}
			if n == 0 {
				t.Errorf("feature %s has no %s patterns", f.ID, lang)
			}
		}
	}
}

// One rubric serves several goroutines (the game analyses drafts while a
// replay runs): results must not depend on what else is being analysed.
func TestConcurrentAnalyses(t *testing.T) {
	r := Default()
	texts := []string{
		"Wat wil je nou? De juf uithangen of geholpen worden?",
		"Hoi Dorien, sorry! Ik bel je vandaag. ^Lotte",
		"We are not sorry. Our policy is clear.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = r.Explain(r.Analyze(s, nl(-0.5)), "nl")
	}
	done := make(chan string, 3*50)
	for g := 0; g < 3; g++ {
		go func(g int) {
			for i := 0; i < 50; i++ {
				k := (g + i) % len(texts)
				if got := r.Explain(r.Analyze(texts[k], nl(-0.5)), "nl"); got != want[k] {
					done <- texts[k]
					continue
				}
				done <- ""
			}
		}(g)
	}
	for i := 0; i < 3*50; i++ {
		if s := <-done; s != "" {
			t.Errorf("a concurrent analysis of %q differs", s)
		}
	}
}

// Everyday words in good replies are not mistaken for the bad features they
// resemble.
func TestNoFalseAlarms(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		text string
		ctx  Context
		not  []string
	}{
		{"We'll update you by 3 pm today.", en(-0.4), []string{"move_private"}},
		{"Thanks, Sue! Great to hear. ^Sue", en(0.6), []string{"legal_threat"}},
		{"The food court at our Leeds store reopens today.", en(-0.2), []string{"legal_threat"}},
		{"Heb je al aangifte gedaan van de diefstal? Dan help ik je met de vergoeding.", nl(-0.5), []string{"legal_threat"}},
		{"We regelen het zonder gezeur, sorry voor het wachten!", nl(-0.5), []string{"insult"}},
		{"Doe maar rustig aan en beterschap!", nl(0.2), []string{"sarcasm"}},
		{"Veel plezier ermee!", nl(0.8), []string{"sarcasm"}},
		{"Ik begrijp het niet helemaal: kun je uitleggen wat er gebeurde?", nl(-0.3), []string{"acknowledge_emotion"}},
		{"We helpen je graag meteen verder.", nl(-0.3), []string{"blame_customer"}},
		{"Let us know whatever you need.", en(-0.2), []string{"sarcasm"}},
		{"I read your tweet again and you're right, sorry.", en(-0.5), []string{"sarcasm"}},
		{"Volgens de voorwaarden heb je recht op een vergoeding.", nl(-0.4), []string{"blame_customer"}},
		{"Doet je telefoon het nog steeds niet?", nl(-0.4), []string{"move_private"}},
		{"Ik ga het eerst even lezen en kom bij je terug.", nl(-0.3), []string{"sarcasm"}},
	} {
		a := r.Analyze(c.text, c.ctx)
		for _, id := range c.not {
			if a.Has(id) {
				t.Errorf("%q: %s found by mistake (%v)", c.text, id, ids(a))
			}
		}
	}
}

func TestSignatureIsNotTheCustomersName(t *testing.T) {
	r := Default()
	ctx := Context{Language: "en", CustomerName: "Sam", CustomerMood: 0.6}
	if a := r.Analyze("Great to hear! Thanks Sam!", ctx); a.Has("signature") || !a.Has("personal_address") {
		t.Errorf("thanking the customer by name is an address: %v", ids(a))
	}
	if a := r.Analyze("Great to hear, we'll pass it on! Thanks, Jen", ctx); !a.Has("signature") {
		t.Errorf("\"Thanks, Jen\" signs the reply: %v", ids(a))
	}
}

// A reply that names what the post was about is no template, also when
// the words are inflected or diminutive.
func TestReferringToThePost(t *testing.T) {
	r := Default()
	post := "Mijn pakket is na vier dagen nog steeds niet bezorgd"
	ctx := Context{Language: "nl", CustomerPost: post, CustomerMood: -0.5}
	if a := r.Analyze("Sorry voor het ongemak rond je pakketje. Stuur je het nummer via DM?", ctx); a.Has("canned") {
		t.Errorf("the reply names the parcel: %v", ids(a))
	}
	if a := r.Analyze("Sorry voor het ongemak. Stuur je ons meer informatie via DM?", ctx); !a.Has("canned") {
		t.Errorf("the reply names nothing of the post: %v", ids(a))
	}
}

// What the agent learnt beyond the post (in a DM: a double debit) is as
// concrete as the post itself; the customer's name alone is not.
func TestReferringToWhatTheAgentKnows(t *testing.T) {
	r := Default()
	ctx := Context{Language: "en", CustomerPost: "Still waiting for an answer, @SanomaMediaNL.",
		Situation:    "Dorien sends her customer number in a DM. It turns out to be a double direct debit.",
		CustomerName: "Dorien", CustomerMood: -0.3}
	if a := r.Analyze("Thanks for your patience, Dorien! The double debit has been refunded. ^Lotte", ctx); a.Has("canned") || a.Has("patience_template") {
		t.Errorf("the reply names the double debit found in the DM: %v", ids(a))
	}
	if a := r.Analyze("Thanks for your patience, Dorien! ^Lotte", ctx); !a.Has("patience_template") {
		t.Errorf("the customer's name is no reference to the case: %v", ids(a))
	}
}

// Thanking a customer for their patience while the problem is open is a
// template; once they confirm the fix it is thanks, in both languages.
func TestPatienceThanksAfterTheFix(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"nl", "Bereik is terug, top, dank!", "Bedankt voor je geduld, Frank! Fijn dat je weer kunt bellen. ^Jacob"},
		{"en", "Signal is back, great, thanks!", "Thanks for your patience, Frank! Glad you can make calls again. ^Jacob"},
	} {
		closed := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.5})
		open := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Nog steeds niks. / Still nothing.", CustomerMood: -0.6})
		_, rest, _ := strings.Cut(c.reply, "! ")
		bare := r.Analyze(rest, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.5})
		if closed.Has("patience_template") || !closed.Has("thanks") || Overall(closed) < Overall(bare) {
			t.Errorf("%s: thanks after the fix is read as a template (%.0f, without it %.0f): %s", c.lang, Overall(closed), Overall(bare), featureList(closed))
		}
		if !open.Has("patience_template") {
			t.Errorf("%s: thanks for patience while the problem is open is no template: %s", c.lang, featureList(open))
		}
	}
}

// An emoji after a sentence's end belongs to that sentence: an eye-roll
// after the thanks takes the thanks back, in both languages, and says so.
func TestEmojiAfterTheFullStop(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, reply string }{
		{"en", "Thanks so much, lovely to hear! 🙄"},
		{"nl", "Heel erg bedankt, leuk om te horen! 🙄"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Best pizza ever!", CustomerMood: 0.8})
		thanks := 0.0
		for _, f := range a.Features {
			if f.ID == "thanks" {
				thanks += f.Points
			}
		}
		explained := false
		for _, d := range a.Discounts {
			explained = explained || (d.ID == "thanks" && d.By == "sarcasm" && d.Note != "")
		}
		if !a.Has("sarcasm") || thanks > 0 || !explained {
			t.Errorf("%s %q: thanks %+.0f beside the eye-roll, explained %v (%s)", c.lang, c.reply, thanks, explained, featureList(a))
		}
	}
}

// A person signs with their name and may add their role and company ("–
// Tom, COO Liberty Bottleworks"); a brand or a team alone is no person.
func TestSignatureWithRole(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		person      bool
	}{
		{"en", "I'm sorry, I was wrong to say that. – Tom, COO Liberty Bottleworks", true},
		{"nl", "Het spijt me, dat had ik niet mogen zeggen. – Tom, COO Liberty Bottleworks", true},
		{"nl", "Sorry, ik regel het vandaag. ^Yara, Studentenservice", true},
		{"en", "Sorry, I'll sort it today. – Liberty Bottleworks", false},
		{"en", "Sorry! Regards, Liberty", false},
		{"nl", "Sorry! Groet, Liberty Bottleworks", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, BrandName: "Liberty Bottleworks", CustomerMood: -0.5})
		if a.Has("signature") != c.person || a.Has("company_signature") == c.person {
			t.Errorf("%s %q: person %v, want %v (%s)", c.lang, c.reply, a.Has("signature"), c.person, featureList(a))
		}
	}
}

// One insult sinks a reply, however many good phrases surround it, and the
// analysis says which feature held the score down.
func TestAnInsultCapsTheScore(t *testing.T) {
	r := Default()
	warm := "Sorry! Wat vervelend Dorien. Stuur je een DM? Ik bel je vandaag. ^Lotte"
	ctx := Context{Language: "nl", CustomerName: "Dorien", CustomerMood: -0.6}
	good := r.Analyze(warm, ctx)
	bad := r.Analyze(warm+" Idioot.", ctx)
	if Overall(good) < 75 || Overall(bad) > 25 {
		t.Errorf("overall without insult %.1f, with insult %.1f: want ≥ 75 and ≤ 25", Overall(good), Overall(bad))
	}
	if len(bad.Caps) == 0 || bad.Caps[0].ID != "insult" {
		t.Errorf("caps %+v: want insult", bad.Caps)
	}
	if !strings.Contains(r.Explain(bad, "en"), "capped by insult") {
		t.Error("Explain must say which feature capped the score")
	}
	if _, err := Parse([]byte(strings.Replace(string(BuiltinRubric()), "cap = { empathy = 20, deescalation = 20 }",
		"cap = { empathy = 20, deescalatie = 20 }", 1)), "r.toml"); err == nil || !regexp.MustCompile(`^r\.toml:\d+: feature\[\d+\]\.cap: unknown dimension "deescalatie"`).MatchString(err.Error()) {
		t.Errorf("a cap on an unknown dimension: %v", err)
	}
}

// Replying to a celebrity who joined in is addressing them, not joking at
// their expense; and talking about a joke is not making one.
func TestAddresseeIsNoThirdParty(t *testing.T) {
	r := Default()
	ctx := Context{Language: "nl", CustomerHandle: "usurpia", CustomerMood: -0.5}
	a := r.Analyze("@fransbauer_ Terecht, die grap ging ten koste van jou. Sorry! @usurpia, ik los je dekking op. ^Jacob", ctx)
	if a.Has("humour_at_expense") || a.Has("humour") || !a.Has("apology") {
		t.Errorf("an apology to the addressee for a joke: %v", ids(a))
	}
	if a := r.Analyze("@brampost You're welcome. And do mind your words from now on ;)", en(0.3)); !a.Has("humour") || !a.Has("blame_customer") {
		t.Errorf("a wink after a reprimand: %v", ids(a))
	}
}

// Exclamation marks are shouting at an angry customer, enthusiasm with a
// delighted one.
func TestShoutingDependsOnMood(t *testing.T) {
	r := Default()
	text := "Dank je wel, Joost!!! Wat leuk om te horen!"
	angry := r.Analyze(text, nl(-0.8))
	glad := r.Analyze(text, nl(0.9))
	if !angry.Has("shouting") || glad.Deescalation <= angry.Deescalation {
		t.Errorf("want shouting, and a better de-escalation with a delighted customer: %v, %.1f vs %.1f",
			ids(angry), glad.Deescalation, angry.Deescalation)
	}
	warm := "Sorry Joost!!! Wat vervelend, ik bel je vandaag. ^Mila"
	if a := r.Analyze(warm, nl(-0.8)); len(a.Caps) == 0 || a.Caps[0].ID != "shouting" {
		t.Errorf("shouting at an angry customer caps de-escalation: %v %+v", ids(a), a.Caps)
	}
	if a := r.Analyze("Dank je wel Joost, wat leuk!!! Ik bel je vandaag. ^Mila", nl(0.9)); len(a.Caps) != 0 {
		t.Errorf("no ceiling for enthusiasm with a delighted customer: %+v", a.Caps)
	}
}

// Every feature in rubric.toml names the research or case it comes from,
// in a "# Source:" comment right under [[feature]].
func TestEveryFeatureNamesItsSource(t *testing.T) {
	lines := strings.Split(string(BuiltinRubric()), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "[[feature]]" {
			continue
		}
		if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "# Source:") {
			t.Errorf("rubric.toml:%d: [[feature]] without a \"# Source:\" comment", i+1)
		}
	}
}
