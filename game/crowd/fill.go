package crowd

import "strings"

// expand gives a template's three forms for the context.
func (g *textGen) expand(tmpl, tone string, decorated bool) [3]string {
	t := g.fill(tmpl)
	v := [3]string{t, t, t}
	if decorated {
		v[1] = g.adorn(t, tone)
	}
	return v
}

// expandQuoting is expand for a line that quotes the reply: {quote} is
// the given words of it (quoteFor).
func (g *textGen) expandQuoting(tmpl, tone, quote string) [3]string {
	t := g.fillQuoting(tmpl, quote)
	return [3]string{t, g.adorn(t, tone), t}
}

// fill puts the context and the brand's last words into a template.
func (g *textGen) fill(tmpl string) string { return g.fillQuoting(tmpl, g.quote) }

// fillQuoting is fill with quote for {quote}.
func (g *textGen) fillQuoting(tmpl, quote string) string {
	t := g.ctx.Replace(tmpl)
	if strings.ContainsRune(t, '{') {
		t = strings.NewReplacer("{agent}", g.agent, "{quote}", quote, "{worst}", g.worst).Replace(t)
	}
	return t
}
