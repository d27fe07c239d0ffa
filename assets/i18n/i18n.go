// Package i18n is the one way every face of the product speaks Dutch and
// English: the window, the workshop server's pages, the trainer's control
// room, the scenario studio and the browser player read their messages
// from the TOML catalogues beside this file, one key per message. A
// language's catalogue is its file (nl.toml, en.toml) and every file named
// after a face and the language (studio.nl.toml): one catalogue, kept in a
// file per face so that each stays readable. It imports no part of the
// game and no Ebiten, so each face can use it.
//
// A message is a string, formatted with fmt's verbs, or, where it counts
// something, a table of plural forms chosen by the count:
//
//	"history.attempts" = { one = "%d poging", other = "%d pogingen" }
//
// Dutch and English both have two forms: "one" for exactly 1, "other" for
// the rest (0 included).
package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed *.toml
var files embed.FS

// Languages the product speaks, Dutch first.
var Languages = []string{"nl", "en"}

// message is one entry of a catalogue: its text, or its plural forms.
type message struct {
	text   string
	plural map[string]string // "one", "other"
}

var catalogs = mustLoad()

func mustLoad() map[string]map[string]message {
	out := map[string]map[string]message{}
	for _, lang := range Languages {
		c, err := load(lang)
		if err != nil {
			// Embedded and tested: reaching this is a broken build.
			panic(err)
		}
		out[lang] = c
	}
	return out
}

// load reads every file of lang's catalogue; a key may be in one file only.
func load(lang string) (map[string]message, error) {
	names, err := fs.Glob(files, "*.toml")
	if err != nil {
		return nil, err
	}
	c := map[string]message{}
	from := map[string]string{} // key → the file it came from
	for _, name := range names {
		if name != lang+".toml" && !strings.HasSuffix(name, "."+lang+".toml") {
			continue
		}
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		msgs, err := parse(name, data)
		if err != nil {
			return nil, err
		}
		for key, m := range msgs {
			if f, dup := from[key]; dup {
				return nil, fmt.Errorf("assets/i18n/%s: %s is in %s too", name, key, f)
			}
			c[key], from[key] = m, name
		}
	}
	if len(c) == 0 {
		return nil, fmt.Errorf("assets/i18n: no catalogue for %s", lang)
	}
	return c, nil
}

// parse reads one catalogue file.
func parse(name string, data []byte) (map[string]message, error) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, fmt.Errorf("assets/i18n/%s: %v", name, err)
	}
	c := map[string]message{}
	for key, v := range raw {
		switch v := v.(type) {
		case string:
			c[key] = message{text: v}
		case map[string]any:
			forms := map[string]string{}
			for form, s := range v {
				str, ok := s.(string)
				if !ok || (form != "one" && form != "other") {
					return nil, fmt.Errorf("assets/i18n/%s: %s.%s: a plural form is one or other, and text", name, key, form)
				}
				forms[form] = str
			}
			if forms["other"] == "" {
				return nil, fmt.Errorf("assets/i18n/%s: %s: a plural needs its other form", name, key)
			}
			c[key] = message{plural: forms}
		default:
			return nil, fmt.Errorf("assets/i18n/%s: %s: a message is text or a table of plural forms", name, key)
		}
	}
	return c, nil
}

// lookup finds key in lang, else in English; ok is false when neither has it.
func lookup(lang, key string) (message, bool) {
	if m, ok := catalogs[lang][key]; ok {
		return m, true
	}
	m, ok := catalogs["en"][key]
	return m, ok
}

// T returns the message key in lang, formatted with args. A missing key
// shows the key itself so a gap is visible rather than blank; the
// catalogue test keeps both languages complete.
func T(lang, key string, args ...any) string {
	m, ok := lookup(lang, key)
	if !ok {
		return key
	}
	msg := m.text
	if m.plural != nil {
		msg = m.plural["other"]
	}
	if len(args) > 0 {
		return fmt.Sprintf(msg, args...)
	}
	return msg
}

// N returns the form of the message key for the count n in lang ("1
// poging", "2 pogingen"), formatted with args; pass n among them where
// the message shows it.
func N(lang, key string, n int, args ...any) string {
	m, ok := lookup(lang, key)
	if !ok {
		return key
	}
	msg := m.text
	if m.plural != nil {
		msg = m.plural[form(n)]
		if msg == "" {
			msg = m.plural["other"]
		}
	}
	return fmt.Sprintf(msg, args...)
}

// form is the plural form of n in Dutch and English.
func form(n int) string {
	if n == 1 {
		return "one"
	}
	return "other"
}

// Section returns the messages whose keys start with prefix, without it:
// what a page template indexes ({{.T.join_title}}). Plural messages give
// their other form.
func Section(lang, prefix string) map[string]string {
	out := map[string]string{}
	for key := range catalogs[lang] {
		if len(key) > len(prefix) && key[:len(prefix)] == prefix {
			out[key[len(prefix):]] = T(lang, key)
		}
	}
	return out
}

// Keys lists the keys of one language, sorted, each with its plural forms
// ("key" for a plain message, "key.one", "key.other" for a plural).
func Keys(lang string) []string {
	var keys []string
	for k, m := range catalogs[lang] {
		if m.plural == nil {
			keys = append(keys, k)
			continue
		}
		for f := range m.plural {
			keys = append(keys, k+"#"+f)
		}
	}
	sort.Strings(keys)
	return keys
}

// Number writes n with its thousands grouped as lang writes them: 6.100
// in Dutch, 6,100 in English. Every face shows a count the same way.
func Number(n int, lang string) string {
	d := strconv.Itoa(n)
	sep := ","
	if lang == "nl" {
		sep = "."
	}
	for i := len(d) - 3; i > 0 && d[i-1] != '-'; i -= 3 {
		d = d[:i] + sep + d[i:]
	}
	return d
}

// DecimalPoint writes a decimal number's point as lang writes it: a comma
// in Dutch (8,1), a point in English (8.1). Every face shows a mark or a
// score the same way.
func DecimalPoint(s, lang string) string {
	if lang == "nl" {
		return strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// Heat writes a heat figure (negative posts an hour per 10,000 watching)
// as the meter shows it: one decimal below 10, none from 10 on, the
// decimal point as lang writes it. The window's meter and the trainer's
// dashboard show the same figure for the same moment.
func Heat(v float64, lang string) string {
	s := fmt.Sprintf("%.0f", v)
	if v < 10 {
		s = fmt.Sprintf("%.1f", v)
	}
	return DecimalPoint(s, lang)
}

// CompactCount writes a count of people for a chart's axis: 950, 1.2k,
// 12k, 1.2M, short enough that five digits never run off the chart's edge.
// The window's chart and the browser player's draw the same labels.
func CompactCount(n int) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n >= 10_000:
		return fmt.Sprintf("%.0fk", float64(n)/1e3)
	case n >= 1_000:
		return fmt.Sprintf("%.1fk", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}

// Percent writes a share (0..1) as a whole percentage, the same in every
// face and both languages: "25%", and "<1%" for a share that rounds to 0
// but is not 0. 152 people of 120,000 reached is not nobody, and "(0%)"
// beside it read as if it were; none at all stays "0%". In the same way a
// share that rounds to 100 but is not all is ">99%": 119,500 of 120,000
// is not everyone.
func Percent(share float64) string {
	p := math.Round(100 * share)
	if share > 0 && p < 1 {
		return "<1%"
	}
	if share < 1 && p >= 100 {
		return ">99%"
	}
	return strconv.FormatFloat(p, 'f', 0, 64) + "%"
}

// Share writes part of whole as Percent does: the meter's "reach (…)"
// of the audience. A whole of 0 has no share.
func Share(part, whole int) string {
	if whole <= 0 {
		return "0%"
	}
	return Percent(float64(part) / float64(whole))
}
