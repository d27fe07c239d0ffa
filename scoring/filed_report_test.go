package scoring

import "testing"

// A fault report the brand files for the customer is a step, in English as
// in Dutch ("ik zet een storingsmelding uit"). "I'm filing a fault report"
// was read as sending the customer off to file one ("submit|file * report",
// -12 de-escalation, "You redirect or hide behind rules"), and "I've filed a
// fault report" earned nothing, while its Dutch twin scored 85. Sending the
// customer to file one stays a referral.
func TestAFaultReportFiledForTheCustomerIsAStep(t *testing.T) {
	en := Context{Language: "en", CustomerPost: "No signal in Fijnaart again. Can't even call indoors.", CustomerMood: -0.6}
	for _, reply := range []string{
		"I'm filing a fault report for your street. ^Jacob",
		"I've filed a fault report for your street. ^Jacob",
	} {
		a := Default().Analyze(reply, en)
		if a.Has("deflect") {
			t.Errorf("%q is read as a referral (%v)", reply, ids(a))
		}
		if !a.Has("next_step") && !a.Has("resolved") {
			t.Errorf("%q is no step (%v)", reply, ids(a))
		}
	}
	for _, reply := range []string{
		"Please file a complaint via our website.",
		"You can submit a claim through the portal.",
	} {
		if a := Default().Analyze(reply, en); !a.Has("deflect") {
			t.Errorf("%q no longer refers the customer on (%v)", reply, ids(a))
		}
	}
	nl := Context{Language: "nl", CustomerPost: "Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen.", CustomerMood: -0.6}
	twin := Default().Analyze("Ik heb een storingsmelding voor je straat gemaakt. ^Jacob", nl)
	mine := Default().Analyze("I've filed a fault report for your street. ^Jacob", en)
	if d := Overall(twin) - Overall(mine); d > 10 || d < -10 {
		t.Errorf("the Dutch and English fault report differ by %.0f points (nl %.0f, en %.0f)", d, Overall(twin), Overall(mine))
	}
}

// The light Dutch stemmer makes "zwarte" and "zwaar" meet ("zwar"): "ons
// zwarte gat" (our black hole, said of a place without signal) was credited
// as naming the customer's feelings, +25 empathy. Only "zwaar"/"zware"
// itself is an emotion word.
func TestABlackHoleIsNoEmotion(t *testing.T) {
	nl := Context{Language: "nl", CustomerPost: "Alweer nauwelijks bereik in Fijnaart.", CustomerMood: -0.6}
	if a := Default().Analyze("Au, Fijnaart is ons zwarte gat. Ik zet een melding uit. ^Jacob", nl); a.Has("acknowledge_emotion") {
		t.Errorf("'zwarte gat' is read as acknowledging emotion (%v)", ids(a))
	}
	if a := Default().Analyze("Dat is zwaar, zo lang zonder bereik. Ik zet een melding uit. ^Jacob", nl); !a.Has("acknowledge_emotion") {
		t.Errorf("'dat is zwaar' is no longer acknowledging emotion (%v)", ids(a))
	}
}
