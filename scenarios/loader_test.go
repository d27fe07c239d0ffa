package scenarios

import "testing"

func TestBuiltinScenariosLoadWithoutErrors(t *testing.T) {
	set := Builtin()
	for _, p := range set.Errors() {
		t.Errorf("%s", p)
	}
	if _, ok := set.Find("sanoma-juf", "nl"); !ok {
		t.Fatalf("sanoma-juf (nl) missing; have %d scenarios", len(set.Scenarios))
	}
}
