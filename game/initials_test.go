package game

import "testing"

// An avatar's letters come from the person's name, not from the bio a
// display name carries after a bar.
func TestAvatarInitialsLeaveOutTheBio(t *testing.T) {
	for name, want := range map[string]string{
		"Stefan | ouder van 2":         "S",
		"Hannah Williams":              "HW",
		"Amelia | ex-customer service": "A",
		"@jasper_m":                    "J",
		"🙂":                            "?",
	} {
		if got := initials(name); got != want {
			t.Errorf("initials(%q) = %q, want %q", name, got, want)
		}
	}
}
