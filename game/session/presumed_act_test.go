package session

import (
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A bystander's line may presume only what the round guarantees. A line
// that reacts to an apology ("good on them for apologising") comes only
// after a public reply that said sorry; one that reacts to an admission
// ("Admitting a mistake takes guts") only after one that apologised and
// owned it; one that reacts to a removal ("they deleted it") only
// after the brand removed something; one that speaks of the fuss being over
// or of a reply to be forgiven ("the fuss has run its course", "everyone
// makes mistakes") only after a reply that offended or was cold. Every
// built-in case in both languages, along the historical, best, silent,
// rude and kind typed paths.

// presumedActs are the phrases that presume an act, by act, and the words
// that, in the same sentence, turn the phrase into a demand or a denial
// ("still no apology", "an apology is free, you know").
var presumedActs = map[string]*regexp.Regexp{
	"apology": regexp.MustCompile(`(?i)\b(apologi[sz](es|ed|ing)|(says|said|saying|say) sorry|apology accepted|sorry is (good|fine)|` +
		`excuses (maken|maakt|gemaakt|aanvaard)|maakt excuses|bood excuses|biedt excuses|(zegt|zei|zeggen) sorry|sorry (zegt|zei|gezegd)|sorry is (goed|prima))\b`),
	"admission": regexp.MustCompile(`(?i)\b(admits?|admitt(ed|ing)|owning it|owns? up|own(s|ed)? (it|the mistake|its mistake)|` +
		`(geeft|gaf|geven) .{0,30}\btoe\b|toegeven|toegeeft|erkent|erkennen)\b`),
	"removal": regexp.MustCompile(`(?i)\b(deleted|deletes|removed|removes|took (it|that|the \w+) down|verwijderd|verwijdert|weggehaald|haalt .{0,20}weg)\b`),
	"fuss":    regexp.MustCompile(`(?i)\b(the fuss|all the fuss|run its course|keep it in perspective|de ophef|alle ophef|in perspectief)\b`),
}

var denial = regexp.MustCompile(`(?i)\b(no|not|never|nobody|without|still|in case|if|geen|niet|nooit|niemand|zonder|nog steeds|nog altijd|voor als|als ze|het geval|gratis|free)\b`)

// someoneElse is a sentence in which someone other than the brand admits
// something ("fair play to Marco for admitting it was partly his fault").
var someoneElse = regexp.MustCompile(`(?i)\b(he|she|his|her|hij|zij|ze zelf|zijn eigen|haar eigen)\b`)

// sentenceWith is the sentence of text that holds the match at i.
func sentenceWith(text string, at []int) string {
	start := strings.LastIndexAny(text[:at[0]], ".!?") + 1
	end := len(text)
	if j := strings.IndexAny(text[at[1]:], ".!?"); j >= 0 {
		end = at[1] + j
	}
	return text[start:end]
}

// presumes lists the acts a line presumes.
func presumes(text string) []string {
	var acts []string
	for act, re := range presumedActs {
		for _, at := range re.FindAllStringIndex(text, -1) {
			sent := sentenceWith(text, at)
			if !denial.MatchString(sent) && !(act == "admission" && someoneElse.MatchString(sent)) {
				acts = append(acts, act)
				break
			}
		}
	}
	return acts
}

func TestBystandersPresumeOnlyWhatTheRoundDid(t *testing.T) {
	seeds := uint64(4)
	if testing.Short() {
		seeds = 2
	}
	for _, sc := range scenarios.Builtin().Scenarios {
		paths := map[string]Strategy{"historical": Historical{}, "best": Best{}, "quiet": quiet{},
			"rude": typed(typedReplies[sc.Language][1]), "kind": typed(typedReplies[sc.Language][0])}
		for name, path := range paths {
			for seed := uint64(1); seed <= seeds; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatalf("%s %s %s seed %d: %v", sc.ID, sc.Language, name, seed, err)
				}
				checkPresumedActs(t, s, name, seed)
			}
		}
	}
}

// checkPresumedActs walks a round's feed in order and reports every
// bystander line that presumes an act the brand had not done by then.
func checkPresumedActs(t *testing.T, s *Session, path string, seed uint64) {
	t.Helper()
	done := map[string]bool{}
	replies := 0
	for _, f := range s.Feed() {
		if f.By == "brand" {
			if f.Reply > 0 && f.Reply <= len(s.replies) {
				replies = f.Reply
				a := s.replies[f.Reply-1].Analysis
				st := StimulusOf(a)
				// "why is Domino's saying sorry?" is true of a misplaced sorry
				done["apology"] = done["apology"] || st.Apology || a.Has("misplaced_apology") || a.Has("non_apology")
				// admitting a mistake is more than a sorry: the reply owns it
				done["admission"] = done["admission"] || st.Apology && a.Has("ownership")
				done["fuss"] = done["fuss"] || st.Provocation >= 0.3 || (st.Empathy+st.Deescalation)/200 < 0.3
			}
			for _, act := range presumes(f.Text) {
				if act == "removal" {
					done["removal"] = true
				}
			}
			continue
		}
		if f.By != "crowd" {
			continue
		}
		for _, act := range presumes(f.Text) {
			if !done[act] {
				t.Errorf("%s %s %s seed %d, minute %.0f (after %d replies): %q presumes %s, which the brand has not done",
					s.sc.ID, s.sc.Language, path, seed, f.Minute, replies, f.Text, act)
			}
		}
	}
}
