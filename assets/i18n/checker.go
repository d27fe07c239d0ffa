package i18n

import "sync"

// The scenario checker (scenarios/) reports in English, each message with
// its format and values; the format is the English text of a key of
// checker.*.toml, so a reader of another language gets the same message
// from the catalogue (the studio, webcaresim check --lang nl).

var checkerKeys = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for k, text := range Section("en", "checker.") {
		out[text] = "checker." + k
	}
	return out
})

// CheckerText is the checker's message with this format and values in
// lang; a message without a known format (a TOML syntax error from the
// decoder) stays as written, the fallback.
func CheckerText(lang, format string, args []any, fallback string) string {
	if key, ok := checkerKeys()[format]; ok && format != "" {
		return T(lang, key, args...)
	}
	return fallback
}

// CheckerKey is the catalogue key of a checker message's format.
func CheckerKey(format string) (string, bool) {
	key, ok := checkerKeys()[format]
	return key, ok
}
