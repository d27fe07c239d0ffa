package scoring

import "testing"

// The plain answer to the customer's own question is a way forward, in
// either language: a day to "wanneer?", a cause to "why?", a route to "hoe
// zeg ik op?", a place to "waar?", an amount to "how much?", and a reply
// that opens with yes or no to a question without a question word. It is
// not charged no_way_forward, while a statement of another kind, the
// post's own day said again, a rule about a whole class, a route to a
// question that asks no route ("Hoe dan?") and a bare "Nee." are no answer.
func TestAnAnswerToTheCustomersQuestionIsAWayForward(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"nl", "@Bank Mijn pas is geblokkeerd na fraude. Wanneer krijg ik mijn nieuwe pas? Ik kan nergens betalen.", "@x Je nieuwe pas ligt donderdag bij je in de bus. ^Ruud"},
		{"en", "@Council applied for a Blue Badge for my mum 6 weeks ago. When will it actually arrive? She needs it.", "@x It goes out in Friday's post. ^Owen"},
		{"nl", "@Energie Waarom is mijn voorschot ineens omhoog? Niemand legt iets uit, belachelijk.", "@x Dat komt doordat je vorig jaar meer stroom hebt gebruikt dan we hadden geschat. ^Lieke"},
		{"en", "@Energy why has my direct debit gone up again? Nobody explains anything, ridiculous.", "@x It went up because you used more electricity last year than we had estimated. ^Lieke"},
		{"nl", "@Gym Hoe zeg ik mijn lidmaatschap op? De knop in de app doet niks, belachelijk.", "@x Opzeggen doe je in je account onder Lidmaatschap > Stoppen. ^Tim"},
		{"en", "@Gym how do I cancel my membership? The button in the app does nothing, ridiculous.", "@x You cancel in your account under Membership > Stop. ^Tim"},
		{"nl", "@Gemeente Mijn fiets is weg bij het station, weggehaald?! Waar haal ik hem op?", "@x Hij staat in het depot aan de Cornelis Douwesweg. ^Noor"},
		{"nl", "@Hotel Mijn lader ligt nog in kamer 14, ik ben vanochtend vertrokken. Ligt hij er nog? Balen.", "@x Ja, hij ligt bij de receptie voor je klaar. ^Bart"},
		{"en", "@Hotel I left my charger in room 14, checked out this morning. Is it still there? Annoying.", "@x Yes, it's at reception waiting for you. ^Ben"},
		{"en", "@Library how much is the fine for a book 3 weeks late? I was in hospital, so annoying.", "@x Nothing, just bring it back when you can. ^Phil"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post})
		if !a.Has("answers_question") || a.Has("no_way_forward") {
			t.Errorf("%s %q to %q: answer %v, no way forward %v: %v", c.lang, c.reply, c.post, a.Has("answers_question"), a.Has("no_way_forward"), ids(a))
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"nl", "@Bank Mijn pas is geblokkeerd na fraude. Wanneer krijg ik mijn nieuwe pas? Ik kan nergens betalen.", "@x Door de drukte kan het versturen van passen wat langer duren."},
		{"en", "@Council applied for a Blue Badge 6 weeks ago. When will it actually arrive? She needs it.", "@x Due to high demand, applications may take longer than usual."},
		{"nl", "@Glas Internet ligt eruit en ik heb morgen een sollicitatie. Wanneer???", "@x Snap heel goed dat dit slecht uitkomt, zeker met morgen zo'n gesprek."},
		{"nl", "@Gemeente Mijn fiets is weg bij het station, weggehaald?! Waar haal ik hem op?", "@x Fietsen horen in de rekken te staan."},
		{"nl", "@Meubel Kast zou vandaag komen, vrije dag opgenomen, om 17:55 afgezegd. Hoe dan?", "@x Je kunt zelf een nieuwe datum kiezen via Mijn Bestellingen."},
		{"en", "@Stream my kid's profile showed horror thumbnails. How does this even happen?", "@x You can set a PIN under Settings > Profiles."},
		{"nl", "@NS Kan ik mijn geld terugkrijgen? De trein reed niet eens!", "@x Nee. Zo zijn de voorwaarden."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post})
		if a.Has("answers_question") {
			t.Errorf("%s %q to %q is no answer: %v", c.lang, c.reply, c.post, ids(a))
		}
	}
}
