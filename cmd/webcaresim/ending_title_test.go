package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/session/sessiontest"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The kitchen case ends "Repaired, after a threat" when the repair came
// after a threat; replay, its 100 worlds and the results list said
// "Repaired instead of threatened", the ending's title without the
// variant. They name it as the round read it, and the list does so in the
// other language too.
func TestReplayAndResultsSayTheEndingsVariantTitle(t *testing.T) {
	want := map[string]string{"en": "Repaired, after a threat", "nl": "Gerepareerd, na een dreigement"}
	base := map[string]string{"en": "Repaired instead of threatened", "nl": "Gerepareerd in plaats van gedreigd"}
	data := t.TempDir()
	for lang := range sessiontest.KitchenThreats {
		sc, ok := scenarios.BuiltinForPlay().Find("advocatenbrief", lang)
		if !ok {
			t.Fatal("advocatenbrief missing")
		}
		var tr session.Transcript
		for seed := uint64(1); seed <= 40 && tr.Steps == nil; seed++ {
			s, err := session.Run(sc, session.Options{Seed: seed, Mode: session.Practice}, sessiontest.ThreatInTheKitchen(lang))
			if err != nil {
				t.Fatal(err)
			}
			if s.Ending() != nil && s.Ending().ID == "opgelost" {
				tr = s.Transcript()
			}
		}
		if tr.Steps == nil {
			t.Fatalf("%s: no world of 40 ends repaired after the threat", lang)
		}
		b, _ := json.Marshal(tr)
		path := filepath.Join(t.TempDir(), "round.json")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runCmd(t, "", "replay", "--transcript", path, "--save", "--data", data)
		if code != 0 {
			t.Fatalf("replay %s exited %d: %s", lang, code, errs)
		}
		if !strings.Contains(out, want[lang]) || strings.Contains(out, base[lang]) {
			t.Errorf("the %s replay does not name the ending %q:\n%s", lang, want[lang], out)
		}
		code, out, errs = runCmd(t, "", "replay", "--transcript", path, "--worlds", "10")
		if code != 0 {
			t.Fatalf("replay --worlds %s exited %d: %s", lang, code, errs)
		}
		if strings.Contains(out, base[lang]) {
			t.Errorf("the %s worlds name the ending %q:\n%s", lang, base[lang], out)
		}
	}
	for _, listLang := range []string{"", "nl", "en"} {
		args := []string{"results", "list", "--data", data}
		if listLang != "" {
			args = append(args, "--lang", listLang)
		}
		code, out, errs := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("results list exited %d: %s", code, errs)
		}
		for _, line := range strings.Split(out, "\n") {
			for _, lang := range []string{"nl", "en"} {
				in := listLang
				if in == "" {
					in = lang
				}
				if strings.Contains(line, "advocatenbrief/"+lang) && !strings.Contains(line, want[in]) {
					t.Errorf("results list --lang %q: the %s attempt's ending is not %q: %q", listLang, lang, want[in], line)
				}
			}
		}
	}
}
