package scenarios

import (
	"os"
	"strings"
	"testing"
)

// A bystander line whose words presume what the brand's reply did says so
// with a tag, or the checker warns: "Dat is het? Vraag nou wat er aan de
// hand is" was heard after a reply that had asked (playtest 12). A tag
// names features the rubric knows; a presumption no feature finds (an
// investigation) needs a tied line; a fellow customer's own story presumes
// nothing of the reply. "Waiting for HEMA's answer is like waiting for a
// fitting room" was heard at 16:30, beside Naomi's post of 16:30.
func TestCheckerWantsLinesToDeclareWhatTheyPresume(t *testing.T) {
	UseRubric(presumeRubric{})
	t.Cleanup(func() { UseRubric(nil) })
	ps, _ := withLines(t, `[crowd.lines.critic]
bad = [
  "'{quote}' Dat is het? Vraag nou wat er aan de hand is, {brand}.",
  "<lacks:next_step> '{quote}' Vraag nou wat er aan de hand is, {brand}.",
  "<lacks:invite_dialogue> '{quote}' Vraag eens wat er speelt, {brand}.",
  "<lacks:invte_dialogue> '{quote}' Vraag dan wat er speelt, {brand}.",
  "<unapologsed> Nog steeds geen excuus.",
]
replied = ["Een onderzoek is prima, {brand}."]
silent = [
  "Nog steeds geen woord van {brand}. Hoe lang duurt dat?",
  "<waited> Nog steeds geen woord van {brand}.",
  "Wachten op een antwoord van {brand} is als wachten op een pashokje op zaterdag.",
  "We hebben {brand} om een reactie gevraagd. Nog niets.",
]
apology = [
  "Goed dat {brand} sorry zegt, maar het heeft lang genoeg geduurd.",
  "<late> Goed dat {brand} eindelijk sorry zegt.",
]

[crowd.lines.customer]
any = ["Bij mij kwam de monteur wel langs. Kom eens kijken bij {brand}, zeiden ze."]
`)
	cases := []struct {
		field, words  string
		warning, want bool
	}{
		{"crowd.lines.critic.bad[1]", `says "vraag nou"`, true, true},
		{"crowd.lines.critic.bad[2]", `says "vraag nou"`, true, true}, // a tag, but of something else
		{"crowd.lines.critic.bad[3]", `says "vraag eens"`, true, false},
		{"crowd.lines.critic.bad[4]", `"invte_dialogue" is not a feature`, false, true},
		{"crowd.lines.critic.bad[5]", "unknown tag <unapologsed>", false, true},
		{"crowd.lines.critic.replied[1]", "no feature of the rubric finds that", true, true},
		{"crowd.lines.customer.any[1]", "says", true, false},
		{"crowd.lines.critic.apology[1]", "tag it <late>", true, true},
		{"crowd.lines.critic.apology[2]", "says", true, false},
		{"crowd.lines.critic.silent[1]", "tag it <waited>", true, true},
		{"crowd.lines.critic.silent[2]", "says", true, false},
		// "waiting for an answer" at the minute of the customer's post
		{"crowd.lines.critic.silent[3]", "tag it <waited>", true, true},
		{"crowd.lines.critic.silent[4]", "tag it <waited>", true, true},
	}
	for _, c := range cases {
		p := findProblem(ps, c.field, c.words)
		if (p != nil) != c.want {
			t.Errorf("%s: a problem with %q: %v, want %v (%v)", c.field, c.words, p != nil, c.want, ps)
			continue
		}
		if p != nil && p.Warning != c.warning {
			t.Errorf("%s: warning %v, want %v: %s", c.field, p.Warning, c.warning, p.Message)
		}
	}
}

// A line that speaks of a joke, an opinion or a rude tone presumes a reply
// that joked or was rude, and says so with a tag: "the customer asked for
// coverage, not for your opinion" and "who sent that tweet?" followed an
// over-apology (playtest 21, P21-4).
func TestCheckerWantsJokeAndToneLinesToDeclareThem(t *testing.T) {
	UseRubric(presumeRubric{})
	t.Cleanup(func() { UseRubric(nil) })
	ps, _ := withLines(t, `[crowd.lines.critic]
bad = [
  "De klant vroeg om dekking, niet om jullie mening, {brand}.",
  "{customer} krijgt deze toon terug. Niet oké, {brand}.",
  "<ever:humour|sarcasm> De klant vroeg om dekking, niet om jullie mening, {brand}.",
  "<ever:insult|shouting> {customer} krijgt deze toon terug. Niet oké, {brand}.",
  "Dit is een standaardtekst, {brand}. Wat ga je doen?",
]
`)
	cases := []struct {
		field, words string
		want         bool
	}{
		{"crowd.lines.critic.bad[1]", `says "jullie mening"`, true},
		{"crowd.lines.critic.bad[2]", `says "deze toon"`, true},
		{"crowd.lines.critic.bad[3]", "says", false},
		{"crowd.lines.critic.bad[4]", "says", false},
		{"crowd.lines.critic.bad[5]", "says", false},
	}
	for _, c := range cases {
		if p := findProblem(ps, c.field, c.words); (p != nil) != c.want {
			t.Errorf("%s: a warning with %q: %v, want %v (%v)", c.field, c.words, p != nil, c.want, ps)
		}
	}
}

// A team member's post that thanks the public for its support presumes the
// crowd took the brand's side; the checker wants a variant for a crowd
// against it (Liberty's Megan, playtests 20 and 21), and refuses a crowd
// condition where the crowd cannot have answered yet (a prompt's variant).
func TestCheckerWantsThanksForSupportToWaitForTheCrowd(t *testing.T) {
	data, err := os.ReadFile("builtin/liberty-bottleworks.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	variant := "    [[decision.post.variant]]\n    crowd = { critics_at_least = 0.5 }\n"
	if !strings.Contains(src, variant) {
		t.Fatal("Liberty's post variant with a crowd condition is gone")
	}
	thanks := func(ps []Problem) *Problem {
		for i, p := range ps {
			if strings.HasSuffix(p.Field, ".text") && strings.Contains(p.Message, `"kind messages"`) {
				return &ps[i]
			}
		}
		return nil
	}
	if _, ps := Parse("liberty-bottleworks.en.toml", data); thanks(ps) != nil {
		t.Errorf("a warning though Megan's thanks wait for the crowd: %v", thanks(ps))
	}
	// without the crowd: the variant holds for no round, so it is dropped with its condition
	bare := strings.Replace(src, variant+"    text = ", "    # text = ", 1)
	bare = strings.Replace(bare, "    # text = ", "    [[decision.post.variant]]\n    if = \"ever:apology\"\n    text = ", 1)
	if _, ps := Parse("liberty-bottleworks.en.toml", []byte(bare)); thanks(ps) == nil {
		t.Error("no warning for Megan's thanks for kind messages without a variant for a crowd against the brand")
	}
	at := strings.Index(src, "id = \"viraal\"")
	next := strings.Index(src[at:], "\n  [[decision.post]]")
	if at < 0 || next < 0 {
		t.Fatal("no decision viraal with posts")
	}
	prompt := src[:at+next] + "\n  [[decision.variant]]\n  crowd = { critics_at_least = 0.5 }\n  prompt = \"They are angry.\"\n" + src[at+next:]
	_, ps := Parse("liberty-bottleworks.en.toml", []byte(prompt))
	found := false
	for _, p := range ps {
		found = found || (strings.HasSuffix(p.Field, ".variant[1].crowd") && strings.Contains(p.Message, "only a post's variant"))
	}
	if !found {
		t.Errorf("a crowd condition on a prompt's variant is not refused: %v", ps)
	}
}
