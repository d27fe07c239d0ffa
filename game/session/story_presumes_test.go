package session

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// In the Sanoma, T-Mobile and university cases, in both languages, at every
// decision reached by the walk's histories, a sarcastic, an apologetic, an
// evasive and an off-topic typed reply each reach a follow-up that takes
// for granted only what the reply did. The sarcastic reply takes a route
// that names a put-down it has, not one for low scores; the others take no
// route for put-downs. What the follow-up presumes (scenarios.Presumptions:
// a customer who says they were mocked, a lecture about their language, a
// next choice that says "ik liet me gaan") must be in the reply. An evasive
// reply at the university's first decision used to get the colleague's
// "Laat het taalgebruik los", and Sanoma's sarcasm was routed by its score.
func TestTypedRepliesReachFollowUpsTheirRouteGuarantees(t *testing.T) {
	scenariorubric.Plug()
	putDowns := append(scenariorubric.Rubric{R: scoring.Default()}.PutDowns(), "shouting")
	want := []string{"sarcastic", "apologetic", "evasive", "off-topic"}
	played := map[string]int{}
	for _, sc := range scenarios.Builtin().Scenarios {
		if !slices.Contains([]string{"sanoma-juf", "tmobile-fransbauer", "universiteit-kut"}, sc.ID) {
			continue
		}
		for _, st := range decisionStates(t, sc) {
			d, _ := sc.Decision(st.id)
			if !d.AllowFreeText {
				continue
			}
			offTopic := false
			for _, k := range typedKinds[sc.Language] {
				if !slices.Contains(want, k.kind) || (k.kind == "off-topic" && offTopic) {
					continue
				}
				text := strings.ReplaceAll(k.text, "{name}", firstName(sc.Customer.Name))
				s := replay(t, sc, st.moves)
				a := s.Analyze(text)
				if k.kind == "off-topic" {
					if !a.Has("off_topic") {
						continue // names a thing of this case's own kind
					}
					offTopic = true
				}
				at := fmt.Sprintf("%s at %s: the %s reply %q", sc.Key(), st, k.kind, text)
				route := takenRoute(d, a)
				if route == nil {
					t.Errorf("%s takes no route", at)
					continue
				}
				checkRouteFitsKind(t, at, k.kind, route, a.Has, putDowns)
				for _, p := range scenarios.PresumptionsAfter(sc, d.ID, route.Next) {
					if !slices.ContainsFunc(p.Features, a.Has) {
						t.Errorf("%s reaches %q, whose %s says %q: that presumes one of %v, which the reply does not have",
							at, route.Next, p.Field, p.Cue, p.Features)
					}
				}
				if err := apply(t, s, d, move{text: text}); err != nil {
					t.Fatalf("%s: %v", at, err)
				}
				openNext(t, s)
				if got := reached(s); got != route.Next {
					t.Errorf("%s reaches %q, not its route's %q", at, got, route.Next)
				}
				played[sc.Key()+" "+k.kind]++
			}
		}
	}
	for _, id := range []string{"sanoma-juf", "tmobile-fransbauer", "universiteit-kut"} {
		for _, lang := range []string{"nl", "en"} {
			for _, kind := range want {
				if played[id+"/"+lang+" "+kind] == 0 {
					t.Errorf("%s/%s: no %s reply played", id, lang, kind)
				}
			}
		}
	}
}

// checkRouteFitsKind: a sarcastic reply takes a route that names one of
// the put-downs it has; the other kinds have none and take no route that
// asks for one.
func checkRouteFitsKind(t *testing.T, at, kind string, route *scenarios.Route, has func(string) bool, putDowns []string) {
	t.Helper()
	named := append(slices.Clone(route.When.Has), route.When.HasAny...)
	if kind == "sarcastic" {
		if !slices.ContainsFunc(named, func(id string) bool { return slices.Contains(putDowns, id) && has(id) }) {
			t.Errorf("%s takes the route to %q (has %v, has_any %v), which names none of its put-downs", at, route.Next, route.When.Has, route.When.HasAny)
		}
		return
	}
	for _, id := range putDowns {
		if has(id) {
			t.Errorf("%s is read as %s", at, id)
		}
	}
}

// reached is the decision open or the ending reached.
func reached(s *Session) string {
	if d := s.Decision(); d != nil {
		return d.ID
	}
	if e := s.Ending(); e != nil {
		return e.ID
	}
	return ""
}
