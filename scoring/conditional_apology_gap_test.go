package scoring

import "testing"

// The Dutch "sorry if you felt" puts its verb last, so a phrase between
// "als … zich/je" and "gevoeld" hid the condition: "Het spijt ons als je
// je in onze winkel in Den Haag vernederd hebt gevoeld" scored 84/70 as a
// real apology in the HEMA case while its English twin was a non-apology
// (playtest 24, P24-1). Fails before: neither Dutch reply was a
// non_apology. An apology for what happened, or for how she felt after
// it ("dat je je … zo vernederd hebt gevoeld, dat had nooit mogen
// gebeuren"), stays an apology.
func TestADutchConditionalApologyIsFoundOverAPhrase(t *testing.T) {
	r := Default()
	ctx := Context{Language: "nl", CustomerPost: "Vandaag in de winkel moest ik insuline spuiten. Ze dachten dat ik een junk was. Ik heb me nog nooit zo vernederd gevoeld.", CustomerMood: -0.7}
	for _, reply := range []string{
		"Het spijt ons als je je in onze winkel in Den Haag vernederd hebt gevoeld.",
		"Wij betreuren het als Naomi zich door het optreden van onze beveiliger vernederd heeft gevoeld.",
	} {
		if a := r.Analyze(reply, ctx); !a.Has("non_apology") {
			t.Errorf("%q: want a non-apology, got %v", reply, ids(a))
		}
	}
	real := "Het spijt ons heel erg dat je je door onze beveiliger zo vernederd hebt gevoeld, dat had nooit mogen gebeuren. Onze directeur belt je vandaag."
	if a := r.Analyze(real, ctx); a.Has("non_apology") || !a.Has("apology") {
		t.Errorf("%q: want an apology, got %v", real, ids(a))
	}
}
