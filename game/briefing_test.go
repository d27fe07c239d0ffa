package game

import (
	"strings"
	"testing"
)

// play --scenario ID opens the case's briefing, so a trainee sent straight
// to one case still reads the brand's tone and the customer's post before
// the clock starts; only the studio's try-out goes straight to the round.
func TestPlayScenarioOpensOnTheBriefing(t *testing.T) {
	for _, tc := range []struct {
		straight bool
		want     Screen
	}{{false, ScreenBriefing}, {true, ScreenPlay}} {
		a := New(Options{Scenario: "hema-insuline", Lang: "en", Seed: 3, StraightToRound: tc.straight,
			Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		if got := a.Screen(); got != tc.want {
			t.Errorf("StraightToRound %v: opens on %v, want %v", tc.straight, got, tc.want)
		}
		if b, ok := a.scene.(*briefingScene); ok && b.sc.ID != "hema-insuline" {
			t.Errorf("the briefing is of %s, want hema-insuline", b.sc.ID)
		}
	}
}

// The briefing names the company whose webcare the trainee is: T-Mobile's
// account is called "T-Mobile Webcare", and "Webcare of T-Mobile Webcare"
// read as a slip.
func TestBriefingNamesTheCompanyNotItsDesk(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a := New(Options{Scenario: "tmobile-fransbauer", Lang: lang, Seed: 3,
			Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		b, ok := a.scene.(*briefingScene)
		if !ok {
			t.Fatalf("%s: opens on %v, not the briefing", lang, a.Screen())
		}
		line := briefingBrand(a, b.sc)
		if strings.Contains(line, "Webcare van T-Mobile Webcare") || strings.Contains(line, "Webcare of T-Mobile Webcare") ||
			!strings.Contains(line, "T-Mobile") || !strings.Contains(line, "@tmobile_webcare") {
			t.Errorf("%s: %q", lang, line)
		}
	}
}
