package studio

import (
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// problemText is a checker problem's message in lang (the checker in
// scenarios/ reports in English; i18n.CheckerText finds the message's
// catalogue key by its format); a message the catalogue does not know (a
// TOML syntax error from the decoder) stays as it was written.
func problemText(lang string, p scenarios.Problem) string {
	return i18n.CheckerText(lang, p.Format, p.Args, p.Message)
}
