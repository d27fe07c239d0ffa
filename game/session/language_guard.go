package session

import (
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// LanguageWarning is what the faces say, in the trainee's language lang,
// before a typed reply goes out that reads as another language than the
// customer's (the rubric's wrong_language): the first press publishes
// nothing and says so, a second press of the same text publishes it. A
// Dutch reply slipped into an English round ("Hoi Rick, sorry dat je
// pakket een dag later is…") went out without a word, and the customer,
// the crowd and the story then met a reply they could not read (playtest
// 22, P22-18). "" when the reply is in the customer's language.
func (s *Session) LanguageWarning(lang, text string) string {
	if strings.TrimSpace(text) == "" || !s.Analyze(CleanText(text)).Has("wrong_language") {
		return ""
	}
	return i18n.T(lang, "session.reply.other_language", s.Asker())
}
