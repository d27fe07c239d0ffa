package scoring

import "testing"

// A tease, a denial or a sneer repeats the customer's words to wave them
// away: it is no restatement of their case, and it is found as a put-down
// in both languages, with or without a laugh (P14-6).
func TestATeaseOrDenialIsNoRestatement(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"gym-nl":  "De nieuwe poster bij @ijzerwerkgym lacht vrouwen uit die licht tillen. Ik voelde me belachelijk gemaakt in mijn eigen sportschool.",
		"gym-en":  "The new poster at @ironworksgym mocks women who lift light weights. I felt ridiculed in my own gym.",
		"mark-nl": "Waarom haal je de poster weg? Hij was grappig en motiverend. Mensen zijn veel te gevoelig tegenwoordig.",
		"mark-en": "Why take the poster down? It was funny and motivating. People are way too sensitive these days.",
		"town-nl": "Al drie keer een bezorger die zegt dat mijn adres in Fijnaart 'niet bestaat'. Het bestaat echt.",
		"town-en": "Three times now a driver says my address in Fijnaart 'does not exist'. It really does exist.",
	}
	putDowns := []string{"sarcasm", "insult", "deny"}
	for _, c := range []struct{ post, lang, text string }{
		{"mark-en", "en", "Haha Mark, you'll survive without a poster, just lift heavier ;) It's coming down though, sorry mate. ^Tom"},
		{"mark-nl", "nl", "Haha Mark, je overleeft het wel zonder poster, gewoon harder tillen ;) Hij gaat wel weg, sorry makker. ^Tom"},
		{"gym-en", "en", "Sorry you feel that way, Sophie! The poster is meant as motivation, not to mock anyone. Everyone is welcome here. ^Tom"},
		{"gym-nl", "nl", "Sorry dat je het zo voelt, Sophie! De poster is bedoeld als motivatie, niet om iemand uit te lachen. Iedereen is hier welkom. ^Tom"},
		{"gym-en", "en", "The poster doesn't mock anyone, Sophie, it's a joke. Lighten up and lift. ^Tom"},
		{"town-nl", "nl", "Wat een gat is Fijnaart ook, daar wil toch niemand wonen. Stuur je postcode maar via DM."},
		{"town-en", "en", "What a dump Fijnaart is, nobody wants to live there anyway. DM me your postcode."},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, CustomerPost: posts[c.post]})
		found := false
		for _, id := range putDowns {
			found = found || a.Has(id)
		}
		if !found || a.Has("restates_case") {
			t.Errorf("%s %q: put-down found %v, restatement credited %v: %v", c.lang, c.text, found, a.Has("restates_case"), ids(a))
		}
	}
	for _, c := range []struct{ post, lang, text string }{
		{"gym-en", "en", "Sophie, that poster should never have made you feel ridiculed. DM me and tell me what you'd like to see instead? ^Tom"},
		{"gym-nl", "nl", "Sophie, door die poster had je je nooit belachelijk gemaakt mogen voelen. Stuur je me een DM met wat je er liever ziet? ^Tom"},
		{"town-en", "en", "Nobody should have to live with a parcel that never comes. Your address is fixed in our system. ^Ruben"},
		{"town-nl", "nl", "Niemand wil zo wonen, met pakketten die nooit komen. Je adres staat nu goed in ons systeem. ^Ruben"},
		{"town-en", "en", "The problem isn't the address, it's our route planner: I've fixed it today. ^Ruben"},
		{"town-nl", "nl", "Het probleem ligt niet bij je adres maar bij onze routeplanner: dat heb ik vandaag hersteld. ^Ruben"},
		{"town-en", "en", "That data is too sensitive to share here, so I'll call you now. ^Ruben"},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, CustomerPost: posts[c.post]})
		for _, id := range putDowns {
			if a.Has(id) {
				t.Errorf("%s %q: read as a put-down (%s): %v", c.lang, c.text, id, ids(a))
			}
		}
	}
}
