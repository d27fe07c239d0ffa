package scoring

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// reachProbes is testdata/reach.toml: sentences a trainee would write, in
// Dutch and in English, each with the kind of finding it must give.
type reachProbes struct {
	Post  map[string]string   `toml:"post"`
	Kinds map[string][]string `toml:"kinds"`
	Probe []struct {
		Kind string `toml:"kind"`
		NL   string `toml:"nl"`
		EN   string `toml:"en"`
		// A probe may answer a post of its own (off_topic depends on it),
		// and may be one that must give none of its kind's findings
		// (absent: a reply about the case in other words is not off topic).
		PostNL string `toml:"post_nl"`
		PostEN string `toml:"post_en"`
		Absent bool   `toml:"absent"`
	} `toml:"probe"`
}

// foundKind reports whether the analysis found one of the features of a
// kind, counted or cancelled: reach is about what the patterns see, not
// about what the rest of the reply does to it.
func foundKind(a Analysis, ids []string) bool {
	for _, id := range ids {
		if a.Has(id) {
			return true
		}
		for _, d := range a.Discounts {
			if d.ID == id {
				return true
			}
		}
	}
	return false
}

// liveKind reports whether the analysis counts one of the features of a
// kind: found and not cancelled.
func liveKind(a Analysis, ids []string) bool {
	for _, id := range ids {
		if a.Has(id) {
			return true
		}
	}
	return false
}

// TestFeatureReach scores every probe of testdata/reach.toml in both
// languages: each must give a finding of its kind in Dutch and in English
// (issue 12: every feature has patterns of the same reach in both
// languages), or none where the probe is marked absent. It prints the
// table of the audit: per kind, the probes read right in each language.
func TestFeatureReach(t *testing.T) {
	var p reachProbes
	md, err := toml.DecodeFile("testdata/reach.toml", &p)
	if err != nil {
		t.Fatal(err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Fatalf("testdata/reach.toml: unknown keys %v", u)
	}
	r := Default()
	type tally struct{ n, nl, en int }
	kinds := map[string]*tally{}
	for _, pr := range p.Probe {
		ids, ok := p.Kinds[pr.Kind]
		if !ok || pr.NL == "" || pr.EN == "" {
			t.Fatalf("probe %q: unknown kind %q or a language missing", pr.NL, pr.Kind)
		}
		k := kinds[pr.Kind]
		if k == nil {
			k = &tally{}
			kinds[pr.Kind] = k
		}
		k.n++
		found := map[string]bool{}
		posts := map[string]string{"nl": pr.PostNL, "en": pr.PostEN}
		for lang, text := range map[string]string{"nl": pr.NL, "en": pr.EN} {
			post := posts[lang]
			if post == "" {
				post = p.Post[lang]
			}
			a := r.Analyze(text, Context{Language: lang, Channel: "twitter", CustomerPost: post,
				CustomerName: "Sanne", CustomerHandle: "sanne_b", CustomerMood: -0.6, BrandName: "Voltwerk"})
			// A probe marked absent must not be read as its kind at all:
			// a finding its own words cancel ("morgen" in "je tentamen is
			// morgen") does not make it one.
			if pr.Absent {
				found[lang] = !liveKind(a, ids)
			} else {
				found[lang] = foundKind(a, ids)
			}
			switch {
			case !found[lang] && pr.Absent:
				t.Errorf("%s (%s) found by mistake in %s: %q\n      %s", pr.Kind, strings.Join(ids, "/"), lang, text, featureList(a))
			case !found[lang]:
				t.Errorf("%s (%s) not found in %s: %q\n      %s", pr.Kind, strings.Join(ids, "/"), lang, text, featureList(a))
			}
		}
		if found["nl"] {
			k.nl++
		}
		if found["en"] {
			k.en++
		}
	}
	names := make([]string, 0, len(kinds))
	for n := range kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	var tbl strings.Builder
	fmt.Fprintf(&tbl, "%-16s %6s %6s %6s\n", "kind", "probes", "nl", "en")
	for _, n := range names {
		k := kinds[n]
		fmt.Fprintf(&tbl, "%-16s %6d %6d %6d\n", n, k.n, k.nl, k.en)
	}
	t.Logf("reach in both languages:\n%s", tbl.String())
}
