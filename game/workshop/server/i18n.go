package server

import (
	"net/http"
	"strings"
)

// messages are the pages' texts in Dutch and English.
var messages = map[string]map[string]string{
	"nl": {
		"join_title": "Doe mee aan de workshop", "join_lead": "Vul de code in die de trainer laat zien, en je naam zoals de groep je kent.",
		"code": "Workshopcode", "your_name": "Je naam", "name_placeholder": "Voornaam", "language": "Taal",
		"join_button": "Meedoen", "trainer_link": "Ik ben de trainer", "err_network": "De server is niet bereikbaar. Probeer het opnieuw.",
		"no_wasm":      "De browserversie van het spel staat niet op deze server (make web). Je voortgang komt wel bij de trainer binnen als je via de desktopversie speelt met --server.",
		"paused_title": "Pauze", "paused_text": "De trainer heeft het spel gepauzeerd. Kijk even op.",
		"trainer_title": "Trainer", "secret": "Trainerwachtwoord", "login": "Inloggen",
		"secret_hint": "Het wachtwoord staat in de terminal waar de server draait (of in --secret).", "bad_secret": "Dat wachtwoord klopt niet.",
		"new_workshop": "Nieuwe workshop", "workshop_title": "Naam van de workshop", "workshop_title_placeholder": "Onboarding webcare, groep 3",
		"scenarios": "Scenario's", "create": "Aanmaken", "logout": "Uitloggen", "workshop": "Workshop", "join_at": "Meedoen via",
		"resume": "Hervatten", "pause_all": "Iedereen pauzeren", "projector": "Beamer", "paused_banner": "Gepauzeerd: de spelers zien een pauzescherm.",
		"save": "Opslaan", "trainees": "Deelnemers", "name": "Naam", "scenario": "Scenario", "status": "Status", "clock": "Klok",
		"outrage": "Verontwaardiging", "replies": "Reacties", "empathy": "Empathie", "deescalation": "De-escalatie", "speed": "Snelheid",
		"last_result": "Laatste cijfer", "no_trainees": "Nog niemand. Deel de code hierboven.", "leaderboard": "Ranglijst per scenario",
		"no_results": "Nog geen resultaten.", "side_by_side": "Reacties naast elkaar", "historical": "historisch",
		"on_projector": "Op de beamer", "show_projector": "Op de beamer zetten", "no_replies": "Nog geen reacties.",
		"projector_empty": "Kies op het dashboard een reactie om hier te bespreken.",
		"control_room":    "Regie: injects, hittemeter, klant",
		"st_joined":       "aangemeld", "st_playing": "speelt", "st_finished": "klaar",
	},
	"en": {
		"join_title": "Join the workshop", "join_lead": "Enter the code the trainer shows, and your name as the group knows you.",
		"code": "Workshop code", "your_name": "Your name", "name_placeholder": "First name", "language": "Language",
		"join_button": "Join", "trainer_link": "I am the trainer", "err_network": "The server cannot be reached. Please try again.",
		"no_wasm":      "The browser version of the game is not on this server (make web). Your progress still reaches the trainer when you play the desktop version with --server.",
		"paused_title": "Paused", "paused_text": "The trainer paused the game. Look up for a moment.",
		"trainer_title": "Trainer", "secret": "Trainer password", "login": "Log in",
		"secret_hint": "The password is in the terminal where the server runs (or in --secret).", "bad_secret": "That password is not right.",
		"new_workshop": "New workshop", "workshop_title": "Workshop name", "workshop_title_placeholder": "Webcare onboarding, group 3",
		"scenarios": "Scenarios", "create": "Create", "logout": "Log out", "workshop": "Workshop", "join_at": "Join at",
		"resume": "Resume", "pause_all": "Pause everyone", "projector": "Projector", "paused_banner": "Paused: players see a pause screen.",
		"save": "Save", "trainees": "Trainees", "name": "Name", "scenario": "Scenario", "status": "Status", "clock": "Clock",
		"outrage": "Outrage", "replies": "Replies", "empathy": "Empathy", "deescalation": "De-escalation", "speed": "Speed",
		"last_result": "Last grade", "no_trainees": "Nobody yet. Share the code above.", "leaderboard": "Leaderboard per scenario",
		"no_results": "No results yet.", "side_by_side": "Replies side by side", "historical": "historical",
		"on_projector": "On the projector", "show_projector": "Put on projector", "no_replies": "No replies yet.",
		"projector_empty": "Pick a reply on the dashboard to discuss it here.",
		"control_room":    "Control room: injects, heat dial, customer",
		"st_joined":       "joined", "st_playing": "playing", "st_finished": "finished",
	},
}

// pageLang picks the language of a page: ?lang= (remembered in a cookie),
// the cookie, the browser's first choice, else Dutch.
func pageLang(w http.ResponseWriter, r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "nl" || l == "en" {
		http.SetCookie(w, &http.Cookie{Name: "lang", Value: l, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteStrictMode, HttpOnly: true})
		return l
	}
	if c, err := r.Cookie("lang"); err == nil && (c.Value == "nl" || c.Value == "en") {
		return c.Value
	}
	if strings.HasPrefix(strings.ToLower(r.Header.Get("Accept-Language")), "en") {
		return "en"
	}
	return "nl"
}
