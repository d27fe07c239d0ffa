package session

import (
	"fmt"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// trainerText is the round's words for what the trainer did, in the
// round's language: the "session.trainer." section of the product's one
// catalogue (assets/i18n/session.*.toml).
func trainerText(lang, key string) string { return i18n.T(lang, "session.trainer."+key) }

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
