package crowd_test

import (
	"fmt"

	"github.com/webcaresim/webcaresim/game/crowd"
)

// A round as the session plays it: the scenario's crowd, the customer's
// post, the brand's reply with its analysis, and the clock running.
func Example() {
	m := crowd.New(crowd.Params{Audience: 40000, BaselinePerHour: 2, Branching: 0.55,
		HalfLifeMinutes: 90, NegativeShare: 0.55}, 1, "nl", -0.6)
	m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
	m.SetClock(11 * 60) // za 11:00
	m.AddActor(crowd.Actor{ID: "webcareblog", Kind: crowd.KindBlog, Name: "Webcare Weblog",
		Handle: "webcareblog", Followers: 6000, AfterNegativePosts: 60})

	m.SeedPost(crowd.Post{By: "customer", Followers: 1800})
	m.AdvanceTo(13)
	m.SeedPost(crowd.Post{By: "brand", Followers: 9000})
	m.Stimulate(crowd.Stimulus{Empathy: 12, Deescalation: 0, Provocation: 1}) // "Wat wil je nou?"

	for t := 15.0; t <= 120; t += 5 {
		for _, e := range m.AdvanceTo(t) {
			_ = e // the feed shows e.Author, e.Handle, e.Text; e.Kind, e.Negative
		}
	}
	p := m.Sample()
	fmt.Println(p.Posts > 0, p.Outrage > 0, p.Branching > 0.55)
	// Output: true true true
}
