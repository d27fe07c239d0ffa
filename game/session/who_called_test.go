package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// promptOf plays a path and keeps the prompt of decision id as the round
// shows it.
type promptOf struct {
	path   Strategy
	id     string
	prompt *string
}

func (p promptOf) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.ID == p.id {
		*p.prompt = d.Prompt
	}
	return p.path.Act(s, d, k)
}

// TestHEMASaysWhoCalledNaomi: a reply that promised the agent would call
// Naomi herself ("I'll call you tomorrow before 12:00") was followed by
// "The head of customer service has called Naomi and apologised"
// (playtest 16, P16-4, both languages). The story now says the trainee
// called, as promised; after the written choice that has the head of
// customer service call, it still says he did. A call promised for
// tomorrow has not happened two hours later: the story says it is still
// to come.
func TestHEMASaysWhoCalledNaomi(t *testing.T) {
	mine := map[string]string{"en": "You called Naomi, as you said", "nl": "Je hebt Naomi gebeld, zoals je zei"}
	head := map[string]string{"en": "the head of customer service then called her", "nl": "heeft de directeur klantenservice haar gebeld"}
	later := map[string]string{"en": "The talk you promised her is still to come", "nl": "Het gesprek dat je haar beloofde, komt nog"}
	first := map[string]string{
		"en": "Naomi, what happened to you in our store in The Hague is wrong, and I'm sorry. Injecting insulin is no reason to grab anyone. I'll call you tomorrow before 12:00 if you DM me your number. - Marloes",
		"nl": "Naomi, wat je in onze winkel in Den Haag is overkomen is fout, en het spijt me. Insuline spuiten is geen reden om iemand vast te pakken. Als je me je nummer stuurt via DM, bel ik je morgen voor 12:00. - Marloes",
	}
	today := map[string]string{
		"en": "Naomi, what happened to you in our store in The Hague is wrong, and I'm sorry. Injecting insulin is no reason to grab anyone. I'll call you within the hour if you DM me your number. - Marloes",
		"nl": "Naomi, wat je in onze winkel in Den Haag is overkomen is fout, en het spijt me. Insuline spuiten is geen reden om iemand vast te pakken. Als je me je nummer stuurt via DM, bel ik je binnen het uur. - Marloes",
	}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "hema-insuline", lang)
		for name, c := range map[string]struct {
			path Strategy
			want string
		}{
			"typed promise for tomorrow":    {typedFirst{first[lang]}, later[lang]},
			"typed promise within the hour": {typedFirst{today[lang]}, mine[lang]},
			"repair":                        {hemaRepair[lang], mine[lang]},
			"written choice":                {Choices{1, 1, 1, 1}, head[lang]},
		} {
			prompt := ""
			_, err := Run(sc, Options{Seed: 1}, promptOf{c.path, "gesprek", &prompt})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(prompt, c.want) {
				t.Errorf("%s %s: the decision after the call reads %q, want %q", lang, name, prompt, c.want)
			}
		}
	}
}
