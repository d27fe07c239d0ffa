package crowd

import (
	"strings"
	"testing"
)

// The blogger, news site and boycott page that pick up a storm carry the
// brand in their name and handle as in their text: a red card read
// "Boycott {brand} @boycott{brandtag}" (playtest 13, P13-30).
func TestGenericActorsNameTheBrand(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		m := New(Params{Audience: 40000, BaselinePerHour: 8, Branching: 0.9, HalfLifeMinutes: 40, NegativeShare: 0.8}, 1, lang, -0.8)
		m.SetContext("T-Mobile Webcare", "tmobile_webcare", "Ryan", "ryanj")
		for _, k := range []Kind{KindBoycott, KindBlog, KindPress} {
			for range 20 {
				a := m.text.genericActor(k)
				if strings.ContainsAny(a.Name+a.Handle+a.Text, "{}") {
					t.Errorf("%s %s: %q @%s: %q", lang, k, a.Name, a.Handle, a.Text)
				}
			}
		}
	}
}
