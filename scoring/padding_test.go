package scoring

import "testing"

// Padding counts only the sentences that carry nothing (playtest 10,
// P10-2): a long apology whose every sentence is a fact, an admission or a
// step is not padding, while the same length of corporate text still is.
func TestPaddingCountsOnlySentencesThatCarryNothing(t *testing.T) {
	ctx := func(lang, post string) Context {
		return Context{Language: lang, CustomerMood: -0.8, CustomerName: "Naomi", BrandName: "HEMA", CustomerPost: post}
	}
	postEN := "Today in the HEMA in The Hague I had to inject insulin. Security grabbed me. They thought I was a junkie."
	postNL := "Vandaag moest ik in de HEMA in Den Haag insuline spuiten. De beveiliging pakte me vast. Ze dachten dat ik een junk was."
	full := []struct{ lang, post, text string }{
		{"en", postEN, "Naomi, we owe you a real answer, and an apology. On Friday you were injecting insulin in a fitting room of our store in The Hague. Our guard took you for a drug user and handed you over to the police. We also answered you badly: we hid behind procedure and suggested you should have warned staff in advance. That was not fair to you. All security staff in our stores will be trained on medical situations like diabetes and epilepsy, starting this month together with the Diabetes Vereniging. The store manager in The Hague would like to apologise to you in person. If you send us your phone number in a private message, we will call you on Monday morning. - Marloes"},
		{"nl", postNL, "Naomi, we zijn je een echt antwoord schuldig, en excuses. Vrijdag spoot je insuline in een paskamer van onze winkel in Den Haag. Onze beveiliger zag je aan voor een gebruiker en droeg je over aan de politie. We hebben je daarna ook slecht geantwoord: we zeiden dat je het personeel vooraf had moeten waarschuwen. Dat was niet terecht. Alle beveiligers in onze winkels krijgen deze maand een training over medische situaties zoals diabetes en epilepsie, samen met de Diabetesvereniging. De filiaalmanager in Den Haag wil je graag persoonlijk zijn excuses aanbieden. Als je ons je telefoonnummer stuurt in een privébericht, bellen we je maandagochtend. - Marloes"},
	}
	for _, c := range full {
		if a := Default().Analyze(c.text, ctx(c.lang, c.post)); a.Has("padding") {
			t.Errorf("%s: padding found %v; every sentence carries a fact, an admission or a step", c.lang, ids(a))
		}
	}
	hollow := []struct{ lang, post, text string }{
		{"en", postEN, "Dear Naomi, thank you for reaching out to us and for sharing your experience. At our company we truly value each and every one of our customers, and customer satisfaction is always our highest priority. We are continually working to improve the service that we provide to all of our valued customers. All feedback is carefully reviewed by our dedicated customer relations team. We appreciate your patience and understanding in this matter. Kind regards, Marloes"},
		{"nl", postNL, "Beste Naomi, hartelijk dank voor uw bericht en voor het delen van uw ervaring. Bij ons bedrijf staat de tevredenheid van onze klanten altijd voorop en wij streven ernaar iedereen zo goed mogelijk van dienst te zijn. Wij werken voortdurend aan het verbeteren van onze dienstverlening voor al onze gewaardeerde klanten. Alle feedback wordt zorgvuldig bekeken door ons toegewijde team. Wij danken u voor uw geduld en begrip. Met vriendelijke groet, Marloes"},
	}
	for _, c := range hollow {
		if a := Default().Analyze(c.text, ctx(c.lang, c.post)); !a.Has("padding") {
			t.Errorf("%s: want padding for corporate text, got %v", c.lang, ids(a))
		}
	}
}
