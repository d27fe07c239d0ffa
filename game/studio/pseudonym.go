package studio

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
)

// Pseudonyms for the people in a case, by language.
var pseudonyms = map[string][]string{
	"nl": {"Sanne", "Joris", "Fleur", "Bram", "Noor", "Daan", "Lotte", "Sem", "Eva", "Thijs", "Iris", "Ruben"},
	"en": {"Sam", "Alex", "Jamie", "Robin", "Charlie", "Taylor", "Morgan", "Casey", "Jordan", "Riley", "Avery", "Quinn"},
}

// surnames stand in for every other part of a person's name.
var surnames = []string{"Jansen", "Visser", "Smit", "Bakker", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Meijer", "Kok"}

// Pseudonymise replaces the names and handles of the customer and every
// persona (not the brand) with made-up ones, everywhere in both languages:
// in the people's fields and in every text, @mentions included. The same
// person gets the same pseudonym in both languages.
func Pseudonymise(p Pair) Pair {
	base := p["nl"]
	if base == nil {
		base = p["en"]
	}
	if base == nil {
		return p
	}
	type person struct{ name, handle string }
	people := []person{{base.Customer.Name, base.Customer.Handle}}
	for _, a := range base.Actors {
		people = append(people, person{a.Name, a.Handle})
	}
	var pairs []string // old, new, for strings.NewReplacer
	seen := map[string]bool{}
	for i, who := range people {
		nl := pseudonyms["nl"][i%len(pseudonyms["nl"])]
		if i >= len(pseudonyms["nl"]) {
			nl += fmt.Sprint(i / len(pseudonyms["nl"]))
		}
		newHandle := strings.ToLower(nl) + fmt.Sprintf("_%02d", 10+i*7%89)
		if who.handle != "" && !seen["@"+strings.ToLower(who.handle)] {
			seen["@"+strings.ToLower(who.handle)] = true
			pairs = append(pairs, who.handle, newHandle)
		}
		for k, part := range strings.Fields(who.name) {
			if len([]rune(part)) < 3 || particles[strings.ToLower(part)] || seen[strings.ToLower(part)] {
				continue
			}
			seen[strings.ToLower(part)] = true
			if k == 0 {
				pairs = append(pairs, part, nl)
			} else {
				pairs = append(pairs, part, surnames[i%len(surnames)])
			}
		}
	}
	re := replacer(pairs)
	out := Pair{}
	for lang, c := range p {
		if c == nil {
			continue
		}
		cp := *c
		v := reflect.ValueOf(&cp).Elem()
		// Deep copy through the walk: every string field but the
		// brand's and the ids is rewritten.
		rewrite(v, "", re)
		out[lang] = &cp
	}
	return out
}

// replacer replaces whole words only (so "Ann" does not change "Anna"),
// longest first.
func replacer(pairs []string) func(string) string {
	type rep struct {
		re  *regexp.Regexp
		new string
	}
	var reps []rep
	idx := make([]int, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		idx = append(idx, i)
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(pairs[idx[a]]) > len(pairs[idx[b]]) })
	for _, i := range idx {
		reps = append(reps, rep{regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}_])` + regexp.QuoteMeta(pairs[i]) + `($|[^\p{L}\p{N}_])`), pairs[i+1]})
	}
	return func(s string) string {
		for _, r := range reps {
			// Twice: adjacent matches share the separator between them.
			for k := 0; k < 2; k++ {
				s = r.re.ReplaceAllString(s, "${1}"+r.new+"${2}")
			}
		}
		return s
	}
}

// rewrite copies slices (so the original case is left alone) and applies
// f to every string but the brand's fields, ids, kinds and targets.
func rewrite(v reflect.Value, key string, f func(string) string) {
	switch v.Kind() {
	case reflect.String:
		switch key {
		case "id", "kind", "next", "on_timeout", "by", "start", "language", "channel", "at", "minutes", "timeout", "duration":
			return
		}
		v.SetString(f(v.String()))
	case reflect.Ptr:
		if !v.IsNil() {
			n := reflect.New(v.Elem().Type())
			n.Elem().Set(v.Elem())
			v.Set(n)
			rewrite(n.Elem(), key, f)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			k, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
			if k == "brand" {
				continue
			}
			rewrite(v.Field(i), k, f)
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(n, v)
		v.Set(n)
		for i := 0; i < v.Len(); i++ {
			rewrite(v.Index(i), key, f)
		}
	}
}
