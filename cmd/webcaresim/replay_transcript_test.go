package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A workshop round with the trainer's inputs (an inject that asks for an
// answer, the heat dial, a live inject, the customer's post written by the
// trainer) replays from its transcript to the same report, byte for byte.
func TestReplayTranscriptWithTrainerInputs(t *testing.T) {
	sc, _ := scenarios.Builtin().Find("dominos-sorry", "en")
	s, err := session.New(sc, session.Options{Seed: 4, Mode: session.Workshop, Player: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	step := func(to float64) {
		for s.Now() < to && !s.Done() {
			s.AdvanceTo(min(to, s.Now()+0.61))
		}
	}
	trainer := func(in session.TrainerInput) {
		if err := s.Trainer(in); err != nil {
			t.Fatalf("%s: %v", in.Kind, err)
		}
	}
	step(2.2)
	trainer(session.TrainerInput{Kind: session.TrainerDial, Dial: 1})
	trainer(session.TrainerInput{Kind: session.TrainerInject, Inject: "influencer"})
	step(4.9)
	if err := s.Publish("@lisafoodies Fair point, that was a canned reply and it missed Kevin's compliment. Thank you both! ^Mark"); err != nil {
		t.Fatal(err)
	}
	trainer(session.TrainerInput{Kind: session.TrainerTakeover, On: true})
	trainer(session.TrainerInput{Kind: session.TrainerInject, Persona: "other", Name: "Pizza fan", Text: "Just order a pizza, people 🍕"})
	for i := 0; !s.Done() && i < 500; i++ {
		if _, waiting := s.WaitingForCustomer(); waiting {
			trainer(session.TrainerInput{Kind: session.TrainerCustomer, Text: "Haha, no worries. Still the best pizza!"})
			continue
		}
		if d := s.Decision(); d != nil {
			step(s.OpenedAt() + 1.7)
			if s.Decision() == d {
				if len(d.Choices) > 0 {
					err = s.Choose(0)
				} else {
					err = s.Publish("Thanks for asking, we will look into it. ^Mark")
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		step(s.Now() + 5)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s.Report()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "round.json")
	data, _ := json.Marshal(s.Transcript())
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "replay", "--scenario", "dominos-sorry", "--lang", "en", "--transcript", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out != want.String() {
		t.Errorf("the replay differs from the round played:\nplayed %.500s\nreplay %.500s", want.String(), out)
	}
	_, text, _ := runCmd(t, "", "replay", "--scenario", "dominos-sorry", "--lang", "en", "--transcript", path)
	if !strings.Contains(text, "the trainer added an influencer here (Lisa Foodies)") {
		t.Errorf("the printed report does not say what the trainer did:\n%s", text)
	}
}

// A transcript names its scenario and language, so it replays without
// --scenario: the English round of a case replays as the English case, the
// same report as with both flags given; a transcript that names no scenario
// or one that is not loaded says so, with the file's name.
func TestReplayTranscriptFindsItsScenario(t *testing.T) {
	dir := t.TempDir()
	write := func(name, scenario, lang string) string {
		path := filepath.Join(dir, name)
		data, _ := json.Marshal(session.Transcript{Scenario: scenario, Language: lang, Seed: 3, Mode: session.Practice,
			Steps: []session.Step{{At: 4, Text: "@lisafoodies Thanks Lisa, and sorry for the canned reply! Enjoy the pizza. ^Mark"}}})
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	round := write("round.json", "dominos-sorry", "en")
	code, want, errs := runCmd(t, "", "replay", "--scenario", "dominos-sorry", "--lang", "en", "--transcript", round, "--json")
	if code != 0 {
		t.Fatalf("with both flags: exit %d: %s", code, errs)
	}
	for _, args := range [][]string{{}, {"--scenario", "dominos-sorry"}} {
		code, got, errs := runCmd(t, "", append(append([]string{"replay"}, args...), "--transcript", round, "--json")...)
		if code != 0 {
			t.Fatalf("replay %v of a transcript that names its scenario: exit %d: %s", args, code, errs)
		}
		if got != want {
			t.Errorf("replay %v differs from the replay of the English case:\n%.300s\nwant\n%.300s", args, got, want)
		}
	}
	for _, c := range []struct {
		scenario, lang string
		code           int
		want           string
	}{
		{"", "en", 1, `names no scenario`},
		{"bestaat-niet", "nl", 1, `geen scenario "bestaat-niet"`},
		{"dominos-sorry", "de", 1, `language "de" is neither nl nor en`},
	} {
		path := write(c.scenario+"-"+c.lang+".json", c.scenario, c.lang)
		code, _, errs := runCmd(t, "", "replay", "--transcript", path)
		if code != c.code || !strings.Contains(errs, c.want) || !strings.Contains(errs, path) {
			t.Errorf("a transcript naming %q in %q: exit %d, %q; want exit %d naming the file and %q", c.scenario, c.lang, code, errs, c.code, c.want)
		}
	}
}

// check --lang nl says every problem of a broken file in Dutch, the file,
// line and field as in English, and its summary too; without --lang the
// output is English as before.
func TestCheckInDutch(t *testing.T) {
	const file = "../../scenarios/testdata/broken/three-problems.nl.toml"
	code, out, errs := runCmd(t, "", "check", "--lang", "nl", file)
	for _, want := range []string{
		file + `:39: decision[1].choice[2].next: "bestaat-niet" is geen beslissing en geen einde in dit bestand`,
		file + `:35: decision.choice.nxet: onbekende sleutel (bedoel je "next"?)`,
		file + ":17: crowd.lines: waarschuwing: eigen regels van omstanders in de case: 0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check --lang nl lacks %q:\n%s", want, out)
		}
	}
	if code != 1 || !strings.Contains(errs, "problemen: 4") || strings.Contains(out, "neither") || strings.Contains(out, "warning:") {
		t.Errorf("check --lang nl: exit %d, %q, output:\n%s", code, errs, out)
	}
	if code, out, _ := runCmd(t, "", "check", file); code != 1 || !strings.Contains(out, `"bestaat-niet" is neither a decision nor an ending`) {
		t.Errorf("check in English: exit %d\n%s", code, out)
	}
}

// The TOML reader's own messages (a syntax error, a value of the wrong
// type) come in Dutch too, with the file, line and field kept.
func TestCheckSaysTOMLErrorsInDutch(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct{ text, nl, en string }{
		"syntax.nl.toml": {"id = \"x\"\ntitle = \"Test\"\nlanguage = \"nl\"\nchannel = \n", `:4: channel: een waarde verwacht, maar '\n' gevonden`, `:4: channel: expected value but found '\n' instead`},
		"type.nl.toml":   {"id = \"x\"\ntitle = \"Test\"\ndifficulty = \"moeilijk\"\n", `:3: difficulty: verkeerd soort waarde: in het bestand staat een string, het veld verwacht een int`, "incompatible types: TOML value has type string; destination has type int"},
	} {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, out, _ := runCmd(t, "", "check", "--lang", "nl", file); code != 1 || !strings.Contains(out, file+c.nl) {
			t.Errorf("check --lang nl of %s: exit %d, want %q in:\n%s", name, code, c.nl, out)
		}
		if _, out, _ := runCmd(t, "", "check", file); !strings.Contains(out, c.en) {
			t.Errorf("check of %s in English: want %q in:\n%s", name, c.en, out)
		}
	}
}
