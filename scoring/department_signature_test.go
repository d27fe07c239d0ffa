package scoring

import "testing"

// A department signs as no one, as a team does: "— Afdeling Planning",
// "— Scheduling Department" earned a person's signature (the retired
// blind9), so the same fix signed by a department scored as high as signed
// by a person.
func TestADepartmentSignsAsNoOne(t *testing.T) {
	post := "Mijn afspraak is twee keer verzet zonder bericht. / My appointment was moved twice without a word."
	for _, c := range [][3]string{
		{"nl", "Je kunt vanmiddag om 15:30 terecht. — Afdeling Planning", "Je kunt vanmiddag om 15:30 terecht. ^Noor, praktijkmanager"},
		{"en", "You can see Dr Patel at 3:30pm today. — Scheduling Department", "You can see Dr Patel at 3:30pm today. ^Nora, Practice Manager"},
	} {
		ctx := Context{Language: c[0], CustomerPost: post, CustomerMood: -0.5}
		dept, person := Default().Analyze(c[1], ctx), Default().Analyze(c[2], ctx)
		if dept.Has("signature") || !dept.Has("company_signature") || !person.Has("signature") {
			t.Errorf("want a company signature for the department and a signature for the person:\n  %q %v\n  %q %v", c[1], ids(dept), c[2], ids(person))
		}
		if Overall(dept) >= Overall(person) {
			t.Errorf("%q scores %.1f, not below %q (%.1f)", c[1], Overall(dept), c[2], Overall(person))
		}
	}
}
