package studio

import (
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The checker in scenarios/ reports in English, as webcaresim check prints
// it; the studio's author may read Dutch. Each message's format is the
// English text of a key in assets/i18n/checker.*.toml, so the studio finds
// the key by the format and says the message in the page's language.

// checkerKeys maps the checker's English formats to their catalogue keys.
var checkerKeys = func() map[string]string {
	out := map[string]string{}
	for k, text := range i18n.Section("en", "checker.") {
		out[text] = "checker." + k
	}
	return out
}()

// problemText is a checker problem's message in lang; a message the
// catalogue does not know (a TOML syntax error from the decoder) stays as
// it was written.
func problemText(lang string, p scenarios.Problem) string {
	if key, ok := checkerKeys[p.Format]; ok && p.Format != "" {
		return i18n.T(lang, key, p.Args...)
	}
	return p.Message
}
