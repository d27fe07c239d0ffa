package scenarios_test

import (
	"strings"
	"testing"
)

// Every built-in case tells the trainee, in the briefing, how its brand
// speaks: a tone of voice in the case's own language, translated rather
// than copied, that names the signature the brand's replies carry (so the
// briefing and the written replies agree on who is speaking).
func TestEveryBuiltinCaseHasATone(t *testing.T) {
	tones := map[string]map[string]string{}
	for _, sc := range builtin(t).Scenarios {
		tone := sc.Brand.Tone
		if tone == "" {
			t.Errorf("%s: brand.tone is empty", sc.File)
			continue
		}
		sig := strings.TrimSpace(strings.Split(sc.Brand.Signature, ",")[0])
		if sig != "" && !strings.Contains(tone, sig) {
			t.Errorf("%s: brand.tone %q does not name the signature %q", sc.File, tone, sig)
		}
		if tones[sc.ID] == nil {
			tones[sc.ID] = map[string]string{}
		}
		tones[sc.ID][sc.Language] = tone
	}
	for id, byLang := range tones {
		if byLang["nl"] == byLang["en"] {
			t.Errorf("%s: the Dutch and English tones are the same text: %q", id, byLang["nl"])
		}
	}
}
