package crowd

import "testing"

// TestEverydayMentionsSayNothingAboutTheCase: a post of the brand's
// everyday mentions (not about the case, so heat and reach leave it out)
// carries no line: its words are chosen once it is known whether it is
// about the case, so the feed never shows a red post about the case that
// the heat does not count (P13-32), and the case's lines, each said once,
// are left for the posts about it. Another customer's own complaint keeps
// its line.
func TestEverydayMentionsSayNothingAboutTheCase(t *testing.T) {
	everyday, complaints, story := 0, 0, 0
	for seed := uint64(1); seed <= 5; seed++ {
		p := CaseParams(40000)
		p.BaselinePerHour = 6
		m := New(p, seed, "en", -0.6)
		m.SetContext("Acme", "acme", "Dorien", "dorien")
		m.SeedPost(Post{By: "customer", Followers: 1800})
		for _, e := range m.AdvanceTo(12 * 60) {
			switch {
			case e.ActorID != "" || e.Kind == KindShare:
			case !e.Story && e.Kind == KindComplaint:
				if e.Text != "" {
					complaints++
				}
			case !e.Story:
				everyday++
				if e.Text != "" {
					t.Errorf("seed %d, minute %.0f: an everyday mention (%s) says %q", seed, e.Minute, e.Kind, e.Text)
				}
				if e.Author == "" {
					t.Errorf("seed %d, minute %.0f: an everyday mention has no author", seed, e.Minute)
				}
			case e.Text != "":
				story++
			}
		}
	}
	if everyday < 20 || complaints == 0 || story == 0 {
		t.Fatalf("%d everyday mentions, %d other customers' complaints with a line, %d posts about the case with a line: the test cannot tell", everyday, complaints, story)
	}
}
