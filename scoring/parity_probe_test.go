package scoring

import (
	"math"
	"testing"

	"github.com/BurntSushi/toml"
)

// parityCases is testdata/parity.toml: posts with replies written in Dutch
// and in English, scored for parity only.
type parityCases struct {
	Case []struct {
		Name  string  `toml:"name"`
		Mood  float64 `toml:"mood"`
		NL    string  `toml:"nl"`
		EN    string  `toml:"en"`
		Reply []struct {
			NL string `toml:"nl"`
			EN string `toml:"en"`
		} `toml:"reply"`
	} `toml:"case"`
}

// TestTranslationParityProbes scores every reply of testdata/parity.toml
// in Dutch and in English beside its case's post: the same reply may not
// differ by more than 10 points in either dimension or overall (issue 12:
// "Dutch and English are equal").
func TestTranslationParityProbes(t *testing.T) {
	var p parityCases
	md, err := toml.DecodeFile("testdata/parity.toml", &p)
	if err != nil {
		t.Fatal(err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Fatalf("testdata/parity.toml: unknown keys %v", u)
	}
	r := Default()
	pairs, worst := 0, 0.0
	for _, c := range p.Case {
		for _, rep := range c.Reply {
			if rep.NL == "" || rep.EN == "" {
				t.Fatalf("%s: a reply misses a language", c.NL)
			}
			pairs++
			nl := r.Analyze(rep.NL, Context{Language: "nl", Channel: "twitter", CustomerPost: c.NL, CustomerName: c.Name, CustomerMood: c.Mood})
			en := r.Analyze(rep.EN, Context{Language: "en", Channel: "twitter", CustomerPost: c.EN, CustomerName: c.Name, CustomerMood: c.Mood})
			for _, d := range []struct {
				what   string
				nl, en float64
			}{{"empathy", nl.Empathy, en.Empathy}, {"de-escalation", nl.Deescalation, en.Deescalation}, {"overall", Overall(nl), Overall(en)}} {
				diff := math.Abs(d.nl - d.en)
				worst = math.Max(worst, diff)
				if diff > 10 {
					t.Errorf("%s %.1f in Dutch, %.1f in English\n  nl: %s\n      %s\n  en: %s\n      %s",
						d.what, d.nl, d.en, rep.NL, featureList(nl), rep.EN, featureList(en))
				}
			}
		}
	}
	t.Logf("%d translation pairs written for parity, largest difference %.1f points", pairs, worst)
}
