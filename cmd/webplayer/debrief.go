//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"

	"github.com/webcaresim/webcaresim/game/session"
)

// lessons adds to the debrief what the window's debrief shows too: each
// silence and how long it lasted, every penalty and bonus of the round with
// its reason, the ending and what it cost, the comparison with the real
// case in numbers, and the real and a model reply at each decision.
func (g *game) lessons(box js.Value, rep session.Report) {
	sc := g.s.Scenario()
	ul := el("ul", "facts")
	for _, f := range rep.Facts {
		switch f.What {
		case "silence":
			ul.Call("appendChild", el("li", "fact bad", fmt.Sprintf(g.t(
				"Stilte vanaf %s: %s geen antwoord, tot de stilte het overnam. Telt als empathie 0 en snelheid 0.",
				"Silence from %s: no answer for %s, until silence took over. Counts as empathy 0 and speed 0."),
				sc.WallClock(f.From, g.lang), g.duration(f.To-f.From))))
		case "ending":
			ul.Call("appendChild", el("li", "fact", fmt.Sprintf(g.t(
				"Het einde (%s): %+.0f op de-escalatie.", "The ending (%s): %+.0f on de-escalation."), rep.EndingKind, f.Points)))
		default:
			ul.Call("appendChild", el("li", "fact", fmt.Sprintf("%+.0f %s", f.Points, f.Detail)))
		}
	}
	if ul.Get("childElementCount").Int() > 0 {
		box.Call("appendChild", el("h2", "", g.t("Stilte, straf en bonus", "Silence, penalties and bonuses")))
		box.Call("appendChild", ul)
	}
	if c, ok := rep.Comparison(); ok {
		box.Call("appendChild", el("p", "comparison", fmt.Sprintf(g.t(
			"In het echt: %d %s. In jouw ronde: %d.", "In reality: %d %s. In your round: %d."), c.Recorded, c.Label, c.Round)))
	}
	if len(rep.Lessons) == 0 {
		return
	}
	box.Call("appendChild", el("h2", "", g.t("Per beslissing: echt en voorbeeld", "Each decision: real and model")))
	for _, l := range rep.Lessons {
		title := l.Decision
		if d, ok := sc.Decision(l.Decision); ok && d.Prompt != "" {
			title = d.Prompt
		}
		art := el("article", "lesson", el("h3", "", title))
		if l.Historical != "" {
			label := g.t("Wat er echt gebeurde (nagemaakt): ", "What really happened (reconstructed): ")
			if l.HistoricalQuoted {
				label = g.t("Het echte antwoord: ", "The real reply: ")
			}
			art.Call("appendChild", el("p", "historical", el("strong", "", label), l.Historical))
		}
		art.Call("appendChild", el("p", "model", el("strong", "", g.t("Voorbeeldantwoord: ", "Model reply: ")), l.Model))
		if l.ModelFeedback != "" {
			art.Call("appendChild", el("p", "muted", l.ModelFeedback))
		}
		box.Call("appendChild", art)
	}
}

// duration shows scenario minutes as "2 uur 5 min" / "2 h 5 min".
func (g *game) duration(m float64) string {
	total := int(m + 0.5)
	if total < 60 {
		return fmt.Sprintf("%d min", total)
	}
	return fmt.Sprintf(g.t("%d uur %d min", "%d h %d min"), total/60, total%60)
}
