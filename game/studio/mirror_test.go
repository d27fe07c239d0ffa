package studio

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// keys lists every TOML key path of a struct type ("decision.choice.text").
func keys(t reflect.Type, prefix string, out map[string]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == reflect.TypeOf(Dur("")) || t == reflect.TypeOf(scenarios.Duration(0)) {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		out[prefix+name] = true
		keys(t.Field(i).Type, prefix+name+".", out)
	}
}

// TestTheFormKnowsEveryScenarioKey: the studio's form model must have every
// key of the scenario file, or saving a case in the studio would drop it.
// When this fails after a new key in scenarios/schema.go, add the key to
// game/studio/case.go (and, for a text, to the form in
// assets/web/studio/studio.js).
func TestTheFormKnowsEveryScenarioKey(t *testing.T) {
	want, have := map[string]bool{}, map[string]bool{}
	keys(reflect.TypeOf(scenarios.Scenario{}), "", want)
	keys(reflect.TypeOf(Case{}), "", have)
	var missing, extra []string
	for k := range want {
		if !have[k] {
			missing = append(missing, k)
		}
	}
	for k := range have {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("the studio's Case (game/studio/case.go) lacks scenario keys %v: a case saved in the studio would lose them", missing)
	}
	if len(extra) > 0 {
		t.Errorf("the studio's Case has keys the scenario file does not: %v", extra)
	}
}
