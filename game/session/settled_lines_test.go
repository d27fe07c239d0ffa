package session

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// typedFirst types its replies at the first decisions reached, in turn,
// and takes the best written choice after them.
type typedFirst []string

func (t typedFirst) Act(s *Session, d *scenarios.Decision, k int) error {
	if k >= len(t) || !d.AllowFreeText {
		return Best{}.Act(s, d, k)
	}
	if !think(s, d) {
		return nil
	}
	return s.Publish(t[k])
}

// keukenstudioRepair is playtest 16's round 5: a defence, then an apology
// that put it right (100/99).
var keukenstudioRepair = map[string]typedFirst{
	"nl": {"Hoi Peter, sorry dat het zo gelopen is met je keuken. Volgens onze monteur ligt het werkblad wel binnen de norm, maar we kijken er graag nog een keer naar. Ik bel je vandaag nog. Groet, Sandra",
		"Peter, je foto's zijn duidelijk en je hebt gelijk: dat werkblad ligt scheef, norm of niet. Sorry dat ik me achter de monteur verschool. Onze monteur komt donderdag om 9:00 het werkblad en de ovendeur vervangen, en ik kom zelf mee. Er komt geen advocaat aan te pas. - Sandra"},
	"en": {"Hi Peter, sorry it went this way with your kitchen. According to our fitter the worktop is within tolerance, but we're happy to take another look. I'll call you today. Regards, Sandra",
		"Peter, your photos are clear and you're right: that worktop is crooked, tolerance or not. Sorry I hid behind our fitter. Our fitter comes on Thursday at 9:00 to replace the worktop and the oven door, and I'll come along myself. No lawyer will be involved. - Sandra"},
}

// TestARowPutRightIsNoLongerMockedInTheFeed: after a reply that put the
// matter right (warm, with an apology and a step), and before the
// customer or the brand says anything more, no bystander jokes about the
// row as if it were going on ("Kan iemand hier snel een meme van
// maken?", "Herinner me eraan dat ik nooit in de webcare ga werken" the
// day after a 100/99 apology: playtest 16, P16-8) or speaks of the affair
// as if nobody had answered it ("Cancel my membership" beside "From
// criticism to campaign", P16-17); other customers and supporters say it
// is being put right. Measured on Keukenstudio's repair (a defence, then
// the apology) and on every case's best written path, both languages.
func TestARowPutRightIsNoLongerMockedInTheFeed(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[^{}]*\}`)
	for _, lang := range []string{"nl", "en"} {
		var stale []string
		for _, tag := range []string{"stir", "open"} {
			stale = append(stale, crowd.LinesTagged(lang, tag)...)
		}
		settled, windows, worded, against := 0, 0, 0, 0
		for _, sc := range scenarios.Builtin().Scenarios {
			if sc.Language != lang {
				continue
			}
			paths := []Strategy{Best{}}
			if sc.ID == "advocatenbrief" {
				paths = append(paths, keukenstudioRepair[lang])
			}
			caseStale, caseSettled := settledTemplates(sc)
			staleCores := templateCores(append(append([]string(nil), stale...), caseStale...), placeholder)
			settledCores := templateCores(append(crowd.LinesTagged(lang, "mended"), caseSettled...), placeholder)
			for _, path := range paths {
				for seed := uint64(1); seed <= 4; seed++ {
					s, err := Run(sc, Options{Seed: seed}, path)
					if err != nil {
						t.Fatalf("%s %s seed %d: %v", sc.ID, lang, seed, err)
					}
					for _, f := range afterPutRight(s) {
						worded++
						if f.Negative && f.Kind != "complaint" {
							against++
						}
						for _, c := range staleCores {
							if strings.Contains(f.Text, c) {
								t.Errorf("%s %s %T seed %d minute %.0f: after the reply that put it right, %s: %q",
									sc.ID, lang, path, seed, f.Minute, f.Name, f.Text)
							}
						}
						for _, c := range settledCores {
							if strings.Contains(f.Text, c) {
								settled++
								break
							}
						}
					}
					windows++
				}
			}
		}
		if worded < 50 {
			t.Errorf("%s: only %d bystander posts with words after a reply that put it right, in %d rounds: the test sees too little", lang, worded, windows)
		}
		if settled == 0 {
			t.Errorf("%s: of %d bystander posts after a reply that put it right, no customer or supporter said so", lang, worded)
		}
		t.Logf("%s: %d rounds, %d posts with words after a reply that put it right: %d against the brand (not another customer's story), %d say it is being put right",
			lang, windows, worded, against, settled)
	}
}

// afterPutRight are the bystander posts with words after each public
// reply that put the matter right (warm: empathy and de-escalation 60 or
// more on average, no put-down, with an apology, a step or a move to DM or
// the phone), until the customer or the brand posts again.
func afterPutRight(s *Session) []FeedItem {
	var out []FeedItem
	open := false
	for _, f := range s.Feed() {
		switch {
		case f.By == "brand" && f.Reply > 0:
			st := StimulusOf(s.Replies()[f.Reply-1].Analysis)
			open = (st.Empathy+st.Deescalation)/2 >= 60 && st.Provocation < 0.1 && (st.Apology || st.NextStep || st.Private)
		case f.By == "crowd" && f.Text != "":
			if open {
				out = append(out, f)
			}
		default:
			open = false
		}
	}
	return out
}

// settledTemplates are a case's lines that speak of the affair as if
// nobody had answered it (its critics' lines for any moment, and lines
// tagged stir or open), and its lines by which another customer or a
// supporter says it is being put right (their lines for after an
// apology, and lines tagged mended).
func settledTemplates(sc *scenarios.Scenario) (stale, settled []string) {
	for _, st := range sc.Crowd.Lines.ByStance() {
		for _, mo := range st.Lines.ByMoment() {
			for _, line := range mo.Lines {
				tags, text := scenarios.SplitLineTags(line)
				switch {
				case st.Name == "critic" && mo.Name == "any", hasTag(tags, "stir"), hasTag(tags, "open"):
					stale = append(stale, text)
				case hasTag(tags, "mended"), (st.Name == "customer" || st.Name == "supporter") && mo.Name == "apology":
					settled = append(settled, text)
				}
			}
		}
	}
	return stale, settled
}

func hasTag(tags []string, tag string) bool {
	for _, t := range tags {
		if t == tag {
			return true
		}
	}
	return false
}

// templateCores are the longest stretches without a placeholder of the
// templates, when long enough not to occur by chance.
func templateCores(templates []string, placeholder *regexp.Regexp) []string {
	var cores []string
	for _, tmpl := range templates {
		longest := ""
		for _, part := range placeholder.Split(tmpl, -1) {
			if part = strings.TrimSpace(part); len(part) > len(longest) {
				longest = part
			}
		}
		if len(longest) >= 16 {
			cores = append(cores, longest)
		}
	}
	return cores
}

// TestNobodySpeaksOfSilenceRightAfterAReply: "Radio silence from HEMA.
// Hoping it blows over?" thirteen minutes after HEMA's third reply, with
// that reply quoted before it (playtest 16's HEMA repair path, P16-20).
// Lines that presume the brand has gone quiet come an hour or more after
// its last public reply. Measured on the HEMA repair path (both languages,
// 8 worlds) and every case's historical and best paths, a rude typed
// reply and silence (2 worlds).
func TestNobodySpeaksOfSilenceRightAfterAReply(t *testing.T) {
	quiet := taggedCores(t, "quiet")
	said := 0
	check := func(sc *scenarios.Scenario, path string, seed uint64, s *Session) {
		last := math.Inf(-1)
		for _, f := range s.Feed() {
			if f.By == "brand" && f.Reply > 0 {
				last = f.Minute
			}
			if f.By != "crowd" {
				continue
			}
			for _, c := range quiet[sc.Language] {
				if !strings.Contains(f.Text, c) {
					continue
				}
				said++
				if f.Minute-last < 60 {
					t.Errorf("%s %s %s seed %d minute %.0f, %.0f minutes after the brand's reply: %q",
						sc.ID, sc.Language, path, seed, f.Minute, f.Minute-last, f.Text)
				}
			}
		}
	}
	for _, r := range append(hemaRepairRounds(t), rounds(t, 2)...) {
		check(r.sc, r.path, r.seed, r.round)
	}
	if said == 0 {
		t.Error("no line about a quiet brand was said at all: the test sees nothing")
	}
	t.Logf("%d lines about a quiet brand said", said)
}

// TestNobodyAsksWhatIsGoingOnADayLater: "What happened here?", "Is this
// about that complaint from earlier?" presume the story is news. T-Mobile's
// thread had five of them in a row 15 to 24 hours after the complaint,
// with nothing new said (playtest 17, P17-2). They come within two hours of
// the customer's or the brand's last post. Measured on every case's
// historical and best paths, a rude typed reply and silence (2 worlds).
func TestNobodyAsksWhatIsGoingOnADayLater(t *testing.T) {
	asks := taggedCores(t, "news")
	said := 0
	for _, r := range rounds(t, 2) {
		news := math.Inf(-1)
		for _, f := range r.round.Feed() {
			if (f.By == "customer" || f.By == "brand") && !f.Private {
				news = f.Minute
			}
			if f.By != "crowd" {
				continue
			}
			for _, c := range asks[r.sc.Language] {
				if strings.Contains(f.Text, c) {
					said++
					if f.Minute-news >= 120 {
						t.Errorf("%s %s %s seed %d minute %.0f, %.0f minutes after the last news: %q",
							r.sc.ID, r.sc.Language, r.path, r.seed, f.Minute, f.Minute-news, f.Text)
					}
				}
			}
		}
	}
	if said == 0 {
		t.Error("nobody asked what was going on at all: the test sees nothing")
	}
	t.Logf("%d questions about what is going on", said)
}

// taggedCores are, per language, the cores (templateCores) of the generic
// lines with this tag; the test stops when a language has fewer than five,
// too few to show anything.
func taggedCores(t *testing.T, tag string) map[string][]string {
	t.Helper()
	placeholder := regexp.MustCompile(`\{[^{}]*\}`)
	cores := map[string][]string{}
	for _, lang := range []string{"nl", "en"} {
		cores[lang] = templateCores(crowd.LinesTagged(lang, tag), placeholder)
		if len(cores[lang]) < 5 {
			t.Fatalf("%s: only %d lines tagged <%s>", lang, len(cores[lang]), tag)
		}
	}
	return cores
}
