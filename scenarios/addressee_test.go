package scenarios

import (
	"strings"
	"testing"
)

// twoCustomers is a small case in which the first reply goes to Marieke
// and the second to Gerrit, who posts under the same page (reply_to), and
// either reply can end in the snap. ENDINGS is where the snap's ending
// goes; EXTRA are decisions added after Gerrit's.
const twoCustomers = `
id = "twee-klanten"
title = "Two customers"
language = "en"
channel = "facebook"
brand = { name = "Zitwinkel", handle = "zitwinkel" }
based_on = ""
summary = "Two customers complain under a promotion post."
difficulty = 1
sla_minutes = 60
duration = "6h"

[customer]
name = "Marieke Jansen"
handle = "marieke.jansen"
followers = 300
mood = -0.6

[crowd]
audience = 10000

[[actor]]
id = "klant2"
kind = "customer"
name = "Gerrit"
handle = "gerrit.vos"
followers = 200
after_negative_posts = 0

[[post]]
at = "0m"
by = "customer"
text = "My sofa arrived damaged and nobody answers my emails."

[[decision]]
id = "eerste"
at = "5m"
prompt = "Marieke complains under your promotion post. What do you do?"

  [[decision.choice]]
  text = "Marieke, sorry about the sofa! Could you send me your order number in a private message? I'll sort it today. – Joyce"
  next = "tweede"

  [[decision.choice]]
  text = "This page is for our promotion, not for complaints."
  next = "snauw"

[[decision]]
id = "tweede"
at = "20m"
prompt = "A second customer, Gerrit, asks about his own late order under the post. What do you do?"
reply_to = 1

  [[decision.post]]
  at = "10m"
  by = "klant2"
  text = "Waiting eight weeks for a table here. Will you answer me too?"

  [[decision.choice]]
  text = "Gerrit, sorry for the wait! Could you send me your order number in a private message? – Joyce"
  next = "goed"

  [[decision.choice]]
  text = "Delivery times are on our website, Gerrit. Eight weeks is within them."
  next = "snauw"
EXTRA
ENDINGS
[[ending]]
id = "goed"
title = "Both helped"
kind = "good"
text = "Both customers were helped in public."

[debrief]
what_happened = "A made-up case for the checker."
`

// snapEnding tells Marieke's snap, and her post speaks of an answer to her.
const snapEnding = `
[[ending]]
id = "snauw"
title = "Snapped back"
kind = "bad"
text = "A fair complaint got Marieke a snappy answer. Everyone could read along."
VARIANTS
  [[ending.post]]
  at = "1h"
  by = "customer"
  text = "I ask for help with my sofa and this is what I get back."
POSTVARIANTS
`

func addresseeWarnings(t *testing.T, extra, variants, postVariants string) []Problem {
	t.Helper()
	ending := strings.NewReplacer("VARIANTS", variants, "POSTVARIANTS", postVariants).Replace(snapEnding)
	src := strings.NewReplacer("EXTRA", extra, "ENDINGS", ending).Replace(twoCustomers)
	_, problems := Parse("twee-klanten.en.toml", []byte(src))
	var out []Problem
	for _, p := range problems {
		if !p.Warning {
			t.Fatalf("the small case does not load: %s", p)
		}
		if p.Format == addresseeFormat || p.Format == addresseeOrderFormat {
			out = append(out, p)
		}
	}
	return out
}

// The fault the lead found in the Zitcomfort case: a good reply to
// Marieke, a snap at Gerrit, and the ending says Marieke got the snap and
// her post says "this is what I get back". The checker names both texts,
// the decision and the one the reply went to.
func TestEndingAboutTheCustomerAfterAReplyToSomeoneElseIsWarnedAbout(t *testing.T) {
	ws := addresseeWarnings(t, "", "", "")
	fields := map[string]bool{}
	for _, w := range ws {
		fields[w.Field] = true
		if !strings.Contains(w.Message, `decision "tweede"`) || !strings.Contains(w.Message, "Gerrit") ||
			!strings.Contains(w.Message, "Marieke") || w.Line == 0 {
			t.Errorf("the warning does not name the decision, the customer and Gerrit, or has no line: %s", w)
		}
	}
	for _, f := range []string{"ending[1].text", "ending[1].post[1].text"} {
		if !fields[f] {
			t.Errorf("no warning on %s; got %v", f, ws)
		}
	}
	if len(ws) != 2 {
		t.Errorf("want 2 warnings (the story and her post), got %v", ws)
	}

	// Mended with variants for Gerrit's way: nothing to warn about.
	mended := addresseeWarnings(t, "", `
  [[ending.variant]]
  after = ["tweede"]
  text = "Gerrit asked about his table and got a snappy answer: '{reply}' Everyone could read along, Marieke too."
`, `
    [[ending.post.variant]]
    after = ["tweede"]
    text = "And this is how they answer Gerrit. Don't order here."
`)
	if len(mended) != 0 {
		t.Errorf("the mended case still warns: %v", mended)
	}

	// A story that quotes the reply and names nobody holds on either way;
	// a post that names Gerrit tells whom the answer went to.
	neutral := strings.NewReplacer("A fair complaint got Marieke a snappy answer.", "Your answer was a snap: '{reply}'",
		"I ask for help with my sofa and this is what I get back.", "So this is how they answer Gerrit.")
	ending := neutral.Replace(strings.NewReplacer("VARIANTS", "", "POSTVARIANTS", "").Replace(snapEnding))
	src := strings.NewReplacer("EXTRA", "", "ENDINGS", ending).Replace(twoCustomers)
	_, problems := Parse("twee-klanten.en.toml", []byte(src))
	for _, p := range problems {
		if p.Format == addresseeFormat {
			t.Errorf("a story that names nobody or names Gerrit is flagged: %s", p)
		}
	}

	// A variant for Gerrit's way that comes after one that also holds
	// there (after the first decision, which every way passed) is read
	// too late: the earlier one tells Marieke's story.
	late := addresseeWarnings(t, "", `
  [[ending.variant]]
  after = ["eerste"]
  text = "After your first answer Marieke got a snappy one."

  [[ending.variant]]
  after = ["tweede"]
  text = "Gerrit got a snappy answer: '{reply}'"
`, `
    [[ending.post.variant]]
    after = ["tweede"]
    text = "And this is how they answer Gerrit."
`)
	if len(late) != 1 || late[0].Field != "ending[1].variant[1].text" {
		t.Errorf("want one warning on the variant that comes first, got %v", late)
	}
}

// Variants are tried in order. A variant for the reply to Gerrit also
// holds when a later decision (a reply to Marieke again) leads to the same
// ending, and then tells Gerrit's snap after Marieke's: the later
// decision's variant must come first.
func TestVariantForAReplyToSomeoneElseMustNotHoldLater(t *testing.T) {
	extra := `
[[decision]]
id = "derde"
at = "30m"
prompt = "Marieke asks again when her sofa comes. What do you do?"

  [[decision.post]]
  at = "20m"
  by = "customer"
  text = "And my sofa? Still nothing."

  [[decision.choice]]
  text = "Marieke, it arrives tomorrow. – Joyce"
  next = "goed"

  [[decision.choice]]
  text = "You'll get it when you get it."
  next = "snauw"
`
	withThird := strings.Replace(twoCustomers, `  text = "Gerrit, sorry for the wait! Could you send me your order number in a private message? – Joyce"
  next = "goed"`, `  text = "Gerrit, sorry for the wait! Could you send me your order number in a private message? – Joyce"
  next = "derde"`, 1)
	gerrit := `
  [[ending.variant]]
  after = ["tweede"]
  text = "Gerrit got a snappy answer: '{reply}' Everyone could read along."
`
	post := `
    [[ending.post.variant]]
    after = ["tweede"]
    text = "And this is how they answer Gerrit."
`
	check := func(variants, postVariants string) []Problem {
		t.Helper()
		ending := strings.NewReplacer("VARIANTS", variants, "POSTVARIANTS", postVariants).Replace(snapEnding)
		src := strings.NewReplacer("EXTRA", extra, "ENDINGS", ending).Replace(withThird)
		_, problems := Parse("twee-klanten.en.toml", []byte(src))
		var out []Problem
		for _, p := range problems {
			if !p.Warning {
				t.Fatalf("the small case does not load: %s", p)
			}
			if p.Format == addresseeFormat || p.Format == addresseeOrderFormat {
				out = append(out, p)
			}
		}
		return out
	}
	ws := check(gerrit, post)
	fields := map[string]bool{}
	for _, w := range ws {
		fields[w.Field] = true
		if w.Format != addresseeOrderFormat || !strings.Contains(w.Message, `decision "derde"`) {
			t.Errorf("want the order warning naming the later decision: %s", w)
		}
	}
	if !fields["ending[1].variant[1].text"] || !fields["ending[1].post[1].variant[1].text"] || len(ws) != 2 {
		t.Errorf("want warnings on the story's and the post's variant for Gerrit, got %v", ws)
	}

	// The later decision's variants first: each way reads its own.
	third := `
  [[ending.variant]]
  after = ["derde"]
  text = "Marieke asked again about her sofa and got a snappy answer: '{reply}'"
`
	thirdPost := `
    [[ending.post.variant]]
    after = ["derde"]
    text = "I ask again about my sofa and this is what I get back."
`
	if ws := check(third+gerrit, thirdPost+post); len(ws) != 0 {
		t.Errorf("the mended order still warns: %v", ws)
	}
}

// The built-in cases tell each way into an ending whom the reply went to.
func TestBuiltinEndingsTellWhomTheReplyWentTo(t *testing.T) {
	for _, p := range Builtin().Problems {
		if p.Format == addresseeFormat || p.Format == addresseeOrderFormat {
			t.Errorf("%s", p)
		}
	}
}
