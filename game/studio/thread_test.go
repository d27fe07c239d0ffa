package studio

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// An X thread as the browser copies it: name, handle, "·", age, text,
// counters. (Handles and names made up.)
const xThread = `Dorien de Boef
@dorien_deboef
·
3h
@SanomaMediaNL Al twee keer gemaild en al gebeld over mijn abonnement, nog steeds niks geregeld. Kan iemand me nu eindelijk helpen?
2
14
Sanoma Media
@SanomaMediaNL
·
3h
@dorien_deboef Vervelend dat je zo veel hebt moeten bellen! Heb je al geprobeerd te mailen?
1
Dorien de Boef
@dorien_deboef
·
2h
Ik schreef AL gebeld, niet VEEL gebeld. Lezen is ook een vak.
Piet Pieters
@pietp
·
2h
Herkenbaar. Bij mij precies hetzelfde.
Sanoma Media
@SanomaMediaNL
·
1h
Wat wil je nou? De juf uithangen of geholpen worden?
`

const fbThread = `Kim Jansen
Mijn pakket is al een week kwijt en niemand neemt op.
Like · Reply · 2h

Bezorgdienst
Hoi Kim, wat vervelend! Stuur je ons je trackcode in een privébericht?
Like · Reply · 1h

Kim Jansen
Gedaan, nu hoop ik op antwoord.
Like · Reply · 45m
`

const simpleThread = `@klant: Waarom is mijn bestelling nog niet binnen?
@winkel: Sorry! We zoeken het uit. ^Eva
@klant: Dank je.`

func TestThreadFromXBecomesAPlayableDraft(t *testing.T) {
	posts, err := ParseThread(xThread)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != 5 {
		t.Fatalf("read %d posts, want 5: %+v", len(posts), posts)
	}
	if posts[0].Handle != "dorien_deboef" || !strings.HasPrefix(posts[0].Text, "@SanomaMediaNL Al twee keer") {
		t.Fatalf("first post %+v", posts[0])
	}
	if posts[0].Minute != 0 || posts[2].Minute != 60 || posts[4].Minute != 120 {
		t.Fatalf("times %v %v %v, want 0, 60, 120 (from the ages 3h, 2h, 1h)", posts[0].Minute, posts[2].Minute, posts[4].Minute)
	}
	p, err := FromThread(posts, ThreadOptions{Lang: "nl"})
	if err != nil {
		t.Fatal(err)
	}
	c := p["nl"]
	if c.Brand.Handle != "SanomaMediaNL" || c.Customer.Handle != "dorien_deboef" {
		t.Fatalf("brand %+v customer %+v", c.Brand, c.Customer)
	}
	if len(c.Decisions) != 2 || len(c.Actors) != 1 || c.Actors[0].Handle != "pietp" {
		t.Fatalf("%d decisions, actors %+v", len(c.Decisions), c.Actors)
	}
	last := c.Decisions[1].Choices[0]
	if !last.Historical || last.Text != "Wat wil je nou? De juf uithangen of geholpen worden?" {
		t.Fatalf("the brand's real reply is not the historical choice: %+v", last)
	}
	if len(c.Decisions[1].Posts) != 2 {
		t.Fatalf("the second decision has %d posts before it, want the customer's and the bystander's", len(c.Decisions[1].Posts))
	}
	sc, problems := scenarios.Parse("draft.nl.toml", c.Encode())
	if sc == nil {
		t.Fatalf("the draft does not load: %v", problems)
	}
	if rows, _ := AllPaths(sc); len(rows) != 1 || rows[0].Error != "" || rows[0].Ending != "afloop" {
		t.Fatalf("the draft does not play to its ending: %+v", rows)
	}
}

func TestThreadFromFacebookAndInlineForm(t *testing.T) {
	posts, err := ParseThread(fbThread)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != 3 || posts[1].Name != "Bezorgdienst" || posts[2].Text != "Gedaan, nu hoop ik op antwoord." {
		t.Fatalf("facebook: %+v", posts)
	}
	p, err := FromThread(posts, ThreadOptions{Lang: "nl", BrandHandle: "Bezorgdienst"})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p["nl"].Decisions); n != 1 || len(p["nl"].Endings[0].Posts) != 1 {
		t.Fatalf("facebook draft: %d decisions, ending posts %+v", n, p["nl"].Endings[0].Posts)
	}
	posts, err = ParseThread(simpleThread)
	if err != nil || len(posts) != 3 || posts[1].Handle != "winkel" {
		t.Fatalf("inline form: %v %+v", err, posts)
	}
}

func TestThreadWithoutPostsSaysWhatItNeeds(t *testing.T) {
	for _, in := range []string{"", "   \n\n  ", "12\n·\n3h\nLike · Reply"} {
		if _, err := ParseThread(in); err == nil || !strings.Contains(err.Error(), "No posts found") {
			t.Errorf("%q: %v", in, err)
		}
	}
}

func TestPseudonymiseReplacesPeopleNotTheBrand(t *testing.T) {
	posts, _ := ParseThread(xThread)
	p, _ := FromThread(posts, ThreadOptions{Lang: "nl"})
	q := Pseudonymise(p)
	toml := string(q["nl"].Encode())
	for _, gone := range []string{"dorien", "Dorien", "Boef", "pietp", "Piet"} {
		if strings.Contains(toml, gone) {
			t.Errorf("%q is still in the pseudonymised case", gone)
		}
	}
	if !strings.Contains(toml, "SanomaMediaNL") {
		t.Error("the brand's handle was replaced")
	}
	if !strings.Contains(string(p["nl"].Encode()), "dorien_deboef") {
		t.Error("pseudonymising changed the original case")
	}
	if sc, problems := scenarios.Parse("x.nl.toml", q["nl"].Encode()); sc == nil {
		t.Fatalf("the pseudonymised case does not load: %v", problems)
	}
}

// FuzzPastedThread: whatever is pasted gives a draft that encodes and
// loads without a crash, or a clear message.
func FuzzPastedThread(f *testing.F) {
	for _, s := range []string{xThread, fbThread, simpleThread, "", "@", "a:\n", "Naam\n@h\n·\n99d\n", "\x00\xff@x: y", "Ann:  \n\n\nBob: 23:59 x\n00:01"} {
		f.Add(s, "")
	}
	f.Add(xThread, "pietp")
	f.Fuzz(func(t *testing.T, text, brand string) {
		posts, err := ParseThread(text)
		if err != nil {
			if !strings.Contains(err.Error(), "posts") {
				t.Fatalf("unclear message %q", err)
			}
			return
		}
		p, err := FromThread(posts, ThreadOptions{Lang: "nl", BrandHandle: brand})
		if err != nil {
			t.Fatalf("a thread with posts gave no draft: %v", err)
		}
		for _, lang := range Languages {
			data := p[lang].Encode()
			if _, err := Decode(data); err != nil {
				t.Fatalf("the %s draft does not read back: %v\n%s", lang, err, data)
			}
			scenarios.Parse("draft.toml", data)
		}
		Check(p, nil)
		Pseudonymise(p)
	})
}
