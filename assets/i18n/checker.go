package i18n

import (
	"regexp"
	"strings"
	"sync"
)

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
	if format == "" && lang != "en" {
		if key, values, ok := tomlMessage(fallback); ok {
			return T(lang, key, values...)
		}
	}
	return fallback
}

// The TOML reader writes its syntax errors in English, with no format to
// go by: a message is matched against the reader's own formats (the
// "toml." keys of checker.en.toml) and said again in another language
// with the values it named, as the reader wrote them (a quoted character
// stays quoted, so the other language's text puts each value as %s).

type tomlFormat struct {
	re  *regexp.Regexp
	key string
}

var tomlFormats = sync.OnceValue(func() []tomlFormat {
	var out []tomlFormat
	for k, text := range Section("en", "toml.") {
		out = append(out, tomlFormat{regexp.MustCompile("^" + formatPattern(text) + "$"), "toml." + k})
	}
	return out
})

// formatPattern is a regular expression that matches what fmt makes of a
// format, with a group for each verb's value.
func formatPattern(format string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteString(regexp.QuoteMeta(format[i : i+1]))
			continue
		}
		i++
		switch format[i] {
		case 'q':
			b.WriteString(`("(?:[^"\\]|\\.)*"|'[^']*')`)
		case 'c':
			b.WriteString(`(.)`)
		case 'd':
			b.WriteString(`(-?[0-9]+)`)
		case '%':
			b.WriteString("%")
		default:
			b.WriteString(`(.*?)`)
		}
	}
	return b.String()
}

// tomlMessage finds the TOML reader's format of a message and the values
// it was made with.
func tomlMessage(msg string) (key string, values []any, ok bool) {
	for _, f := range tomlFormats() {
		m := f.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		for _, v := range m[1:] {
			values = append(values, v)
		}
		return f.key, values, true
	}
	return "", nil, false
}

// CheckerKey is the catalogue key of a checker message's format.
func CheckerKey(format string) (string, bool) {
	key, ok := checkerKeys()[format]
	return key, ok
}
