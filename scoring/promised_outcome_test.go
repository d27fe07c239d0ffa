package scoring

import "testing"

// Playtest 16 (P16-24): "Next time you have a question, I'll make sure
// it's sorted the same day" was read as blaming the customer, and its
// "it's sorted" as a fix reported done (+39/+28), while the Dutch twin read
// as a promise. A clause about the customer followed by the brand's own
// promise is a promise; what the brand makes sure of is a step still to
// come. Advice to the customer after "next time you …" still blames, and a
// fix reported done still counts as done.
func TestAPromiseForNextTimeIsAStepNotBlameOrAFixDone(t *testing.T) {
	post := "My main course came cold and nobody apologised."
	promises := []string{
		"Thanks for coming back, Anouk. Next time you have a question, I'll make sure it's sorted the same day. ^Kim",
		"Next time you come in, we'll have your table ready. ^Kim",
		"Thanks Anouk. If you have a question next time, I'll make sure it's sorted the same day. ^Kim",
	}
	for _, text := range promises {
		a := Default().Analyze(text, Context{Language: "en", CustomerPost: post, CustomerMood: 0.4})
		if a.Has("blame_customer") {
			t.Errorf("%q: blame_customer %v; the brand promises its own conduct", text, ids(a))
		}
		if a.Has("resolved") {
			t.Errorf("%q: read as a fix reported done %v; it promises one", text, ids(a))
		}
	}
	en := Default().Analyze(promises[0], Context{Language: "en", CustomerPost: post, CustomerMood: 0.4})
	nl := Default().Analyze("Dank je dat je terugkwam, Anouk. Volgende keer dat je een vraag hebt, zorg ik dat het dezelfde dag geregeld is. ^Kim",
		Context{Language: "nl", CustomerPost: "Mijn hoofdgerecht was koud en niemand zei sorry.", CustomerMood: 0.4})
	if d := en.Empathy - nl.Empathy; d > 10 || d < -10 {
		t.Errorf("the promise scores %.0f empathy in English and %.0f in Dutch", en.Empathy, nl.Empathy)
	}
	blame := []string{"Next time you visit, check the menu first.", "Next time you should book ahead."}
	for _, text := range blame {
		if a := Default().Analyze(text, Context{Language: "en", CustomerPost: post, CustomerMood: -0.4}); !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", text, ids(a))
		}
	}
	if a := Default().Analyze("Sorry Anouk. I've refunded the main course. ^Kim", Context{Language: "en", CustomerPost: post, CustomerMood: -0.4}); !a.Has("resolved") {
		t.Errorf("a refund made is no longer a fix reported done: %v", ids(a))
	}
}
