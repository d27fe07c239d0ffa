package session

import "fmt"

// The debrief's words for what the trainer did, in the round's language.
var trainerTexts = map[string]map[string]string{
	"nl": {
		"prompt":          "%s vraagt om een reactie. Wat antwoord je?",
		"inject":          "de trainer voegde hier %s toe (%s)",
		"dial":            "de trainer zette de hittemeter op %q",
		"takeover.on":     "de trainer nam hier de rol van %s over",
		"takeover.off":    "de trainer gaf de rol van %s terug aan het script",
		"customer":        "de trainer schreef hier als %s",
		"scripted":        "de trainer antwoordde niet op tijd: het script nam het over",
		"journalist":      "een journalist",
		"influencer":      "een influencer",
		"customer.p":      "een tweede klant",
		"leak":            "een gelekte interne screenshot",
		"competitor":      "een concurrent",
		"blogger":         "een blogger",
		"other":           "een bericht",
		"dial.-2":         "kalm",
		"dial.-1":         "rustiger",
		"dial.0":          "zoals het echt ging",
		"dial.1":          "heftiger",
		"dial.2":          "storm",
		"waiting.typing":  "%s is aan het typen…",
		"waiting.reading": "%s leest je antwoord…",
	},
	"en": {
		"prompt":          "%s asks for a response. What do you answer?",
		"inject":          "the trainer added %s here (%s)",
		"dial":            "the trainer set the heat dial to %q",
		"takeover.on":     "the trainer took over the part of %s here",
		"takeover.off":    "the trainer handed the part of %s back to the script",
		"customer":        "the trainer wrote here as %s",
		"scripted":        "the trainer did not answer in time: the script took over",
		"journalist":      "a journalist",
		"influencer":      "an influencer",
		"customer.p":      "a second customer",
		"leak":            "a leaked internal screenshot",
		"competitor":      "a competitor",
		"blogger":         "a blogger",
		"other":           "a post",
		"dial.-2":         "calm",
		"dial.-1":         "calmer",
		"dial.0":          "as it really went",
		"dial.1":          "stormier",
		"dial.2":          "storm",
		"waiting.typing":  "%s is typing…",
		"waiting.reading": "%s is reading your reply…",
	},
}

func trainerText(lang, key string) string {
	if t, ok := trainerTexts[lang][key]; ok {
		return t
	}
	return trainerTexts["en"][key]
}

// DialName is a dial setting in words, in Dutch or English: "kalm" …
// "zoals het echt ging" … "storm".
func DialName(lang string, level int) string {
	return trainerText(lang, fmt.Sprintf("dial.%d", level))
}

// TypingNote is what the trainee reads while the trainer writes the
// customer's post: "Dorien is aan het typen…".
func TypingNote(lang, name string) string {
	return fmt.Sprintf(trainerText(lang, "waiting.typing"), name)
}

// PersonaName is an inject persona in words ("een journalist").
func PersonaName(lang, persona string) string {
	if persona == "customer" {
		persona = "customer.p"
	}
	return trainerText(lang, persona)
}

func markNote(lang string, m TrainerMark) string {
	switch m.Kind {
	case TrainerInject:
		return fmt.Sprintf(trainerText(lang, "inject"), PersonaName(lang, m.Persona), m.Name)
	case TrainerDial:
		return fmt.Sprintf(trainerText(lang, "dial"), DialName(lang, m.Dial))
	case TrainerTakeover:
		if m.On {
			return fmt.Sprintf(trainerText(lang, "takeover.on"), m.Name)
		}
		return fmt.Sprintf(trainerText(lang, "takeover.off"), m.Name)
	case TrainerCustomer:
		return fmt.Sprintf(trainerText(lang, "customer"), m.Name)
	}
	return trainerText(lang, "scripted")
}

// CustomerNote is what the trainee reads while the round waits for the
// customer's post written by the trainer: "Dorien is aan het typen…"
// while the trainer types, else that the customer reads the reply.
func CustomerNote(lang, name string, typing bool) string {
	if typing {
		return TypingNote(lang, name)
	}
	return fmt.Sprintf(trainerText(lang, "waiting.reading"), name)
}
