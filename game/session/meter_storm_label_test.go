package session

import (
	"strings"
	"testing"
)

// The meter's storm is relative to the case's audience (README: heat 10,
// one in a thousand of the audience posting against the brand every
// hour). At the university, 6,000 people watching, ten to sixteen
// negative posts an hour read "Storm", a word that promised hundreds
// (playtest 24, R9). The level's word says whose storm it is, in both
// languages.
func TestTheStormLevelSaysItIsTheAudiencesStorm(t *testing.T) {
	for lang, audience := range map[string]string{"nl": "publiek", "en": "audience"} {
		if got := MeterStorm.Label(lang); !strings.Contains(got, audience) {
			t.Errorf("%s: the storm level reads %q, with no word of the audience it is relative to", lang, got)
		}
	}
}
