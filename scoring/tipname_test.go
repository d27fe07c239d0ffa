package scoring

import (
	"strings"
	"testing"
)

// A tip that shows a greeting greets this case's customer, never another
// case's ("Hoi Dorien" to Bram).
func TestTipsGreetTheCustomerOfTheCase(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a := Default().Analyze("Wij kijken ernaar.", Context{Language: lang, Channel: "twitter",
			CustomerName: "Bram Jansen", CustomerHandle: "brampost", CustomerMood: -0.6, CustomerPost: "Kut-universiteit"})
		named := false
		for _, m := range a.Missing {
			if strings.Contains(m.Tip, "Dorien") || strings.Contains(m.Tip, "Sam") || strings.Contains(m.Tip, "{customer}") {
				t.Errorf("%s: tip %q greets someone else", lang, m.Tip)
			}
			named = named || strings.Contains(m.Tip, "Bram")
		}
		if !named {
			t.Errorf("%s: no tip shows a greeting with Bram's name: %+v", lang, a.Missing)
		}
	}
}
