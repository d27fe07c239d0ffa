package scoring

import "testing"

// An excuse that calls the failure normal ("Instructors sometimes have to
// cancel", "Dat kan helaas gebeuren", "These things happen", "Het komt
// wel eens voor", "Delays are part of the job") brushes the customer off:
// it is a wall that cancels the sympathy before it, however it is
// phrased, in both languages (closing note 14).
func TestAnExcuseThatCallsTheFailureNormalCancelsTheSympathy(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Mijn les is voor de derde keer afgezegd, een uur van tevoren. Ik had er vrij voor genomen!", CustomerMood: -0.6, CustomerName: "Noor"}
	en := Context{Language: "en", CustomerPost: "My lesson was cancelled for the third time, an hour beforehand. I took the day off for it!", CustomerMood: -0.6, CustomerName: "Noor"}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{en, "Sorry to hear that, Noor. Instructors sometimes have to cancel."},
		{nl, "Vervelend om te horen, Noor. Instructeurs moeten soms afzeggen."},
		{en, "How frustrating, Noor! Unfortunately these things happen sometimes."},
		{nl, "Wat frustrerend, Noor! Zulke dingen gebeuren helaas soms."},
		{en, "That's annoying, Noor, but it does happen from time to time."},
		{nl, "Balen, Noor! Het komt wel eens voor."},
		{en, "Sorry Noor. Delays are part of the job."},
		{nl, "Sorry Noor. Vertraging hoort er nu eenmaal bij."},
		{en, "Sorry Noor, that can happen unfortunately."},
		{nl, "Sorry Noor, zoiets kan de beste overkomen."},
		{en, "Sorry Noor, it happens to the best of us."},
		{nl, "Wat naar, Noor. Een afzegging is helaas niet altijd te voorkomen."},
		{en, "How awful, Noor. A cancellation can’t always be avoided."},
		{nl, "Wat vervelend, Noor. Zo gaat dat soms."},
		{en, "What a pain, Noor. That's life, I'm afraid."},
	} {
		a := r.Analyze(c.text, c.ctx)
		if !a.Has("refusal") || a.Has("acknowledge_emotion") || a.Has("apology") {
			t.Errorf("%q: %v; want the failure called normal, and no sympathy left", c.text, ids(a))
		}
	}
	// A step after "but"/"maar" is a no with a way forward; what is ours
	// or the customer's, said plainly, is no excuse.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{en, "Sorry Noor. Instructors sometimes have to cancel, but three times is too many: I've booked you with Mark on Thursday at 10."},
		{nl, "Sorry Noor. Instructeurs moeten soms afzeggen, maar drie keer is te veel: ik heb je donderdag om 10 uur bij Mark ingepland."},
		{nl, "Sorry Noor, de gemiste les komt voor onze rekening. Ik bel je vandaag."},
		{en, "Sorry Noor, the missed lesson is on us. I'll call you today."},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("refusal") || !a.Has("apology") {
			t.Errorf("%q: %v; no wall", c.text, ids(a))
		}
	}
}
