package scoring

import "testing"

// Four misjudgements met typing replies in the HEMA case (issue 12), each
// in other situations too, in Dutch and English: a duty put on the victims
// is no fix; the customer's post removed under house rules said of "hem"
// or "it" is silencing; staff to be trained is the fix asked for, staff
// said to be trained is a defence; and the staff member defended after or
// instead of the apology disputes the customer.
func TestHemaChangeAskedForAndItsLookalikes(t *testing.T) {
	r := Default()
	hemaNL := Context{Language: "nl", CustomerName: "Naomi", BrandName: "HEMA", CustomerMood: -0.2,
		CustomerPost: "HEMA heeft me gebeld en excuses aangeboden. Dat waardeer ik. Ik hoop echt dat ze iets veranderen, zodat dit niemand meer overkomt."}
	hemaEN := Context{Language: "en", CustomerName: "Naomi", BrandName: "HEMA", CustomerMood: -0.2,
		CustomerPost: "HEMA called me and apologised. I appreciate that. I really hope they change something, so this never happens to anyone again."}
	trainNL := Context{Language: "nl", CustomerName: "Mehmet", CustomerMood: -0.8, CustomerPost: "Weer niet mee met de trein omdat de conducteur de oprijplaat niet uitklapte. Ik zit in een rolstoel."}
	trainEN := Context{Language: "en", CustomerName: "Dan", CustomerMood: -0.8, CustomerPost: "Left on the platform again because the guard didn't put the ramp out. I'm in a wheelchair."}
	for _, c := range []struct {
		ctx         Context
		reply, want string // the finding the reply must have ("" for none of the four)
		not         string // a finding it must not have
	}{
		{hemaNL, "Dank je wel, Naomi. Vanaf nu vragen we klanten die medicatie gebruiken dat te melden bij de beveiliging. – Marloes", "duty_on_victims", "next_step"},
		{hemaEN, "Thank you, Naomi. From now on we ask customers who use medication to report it to security. – Marloes", "duty_on_victims", "next_step"},
		{trainNL, "Sorry Mehmet! Voortaan vragen we reizigers in een rolstoel om zich een uur voor vertrek te melden.", "duty_on_victims", "apology"},
		{trainEN, "Sorry Dan! From now on wheelchair users need to request assistance a day in advance.", "duty_on_victims", "apology"},
		{trainNL, "Sorry Mehmet! Vanaf maandag klapt elke conducteur de oprijplaat zelf uit.", "", "duty_on_victims"},
		{trainEN, "Sorry Dan! From Monday every guard puts the ramp out himself, for every passenger.", "", "duty_on_victims"},

		{hemaNL, "Naomi, het spijt ons. Volgens onze huisregels halen we hem straks weg. We bellen je vandaag.", "threaten_customer", ""},
		{hemaEN, "Naomi, we're sorry. Under our house rules we'll take it down later. We'll call you today.", "threaten_customer", ""},
		{hemaNL, "Naomi, in lijn met onze communityregels wordt deze post vandaag verwijderd.", "threaten_customer", ""},
		{hemaEN, "Naomi, in line with our community guidelines this post will be removed today.", "threaten_customer", ""},
		{hemaNL, "Sorry, die kortingspost was een slecht idee. We halen hem vandaag weg.", "", "threaten_customer"},
		{hemaEN, "Sorry, that discount post was a bad call. We'll take it down today.", "", "threaten_customer"},

		{hemaEN, "Thank you, Naomi, for talking to us. From now on every guard is trained to recognise diabetes care. – Marloes", "next_step", "deny"},
		{hemaNL, "Dank je wel, Naomi. Vanaf nu is elke beveiliger getraind om diabeteszorg te herkennen. – Marloes", "next_step", "deny"},
		{hemaEN, "Sorry Naomi. From next month all our guards will be trained to recognise insulin pens.", "next_step", "deny"},
		{hemaNL, "Sorry Naomi. Vanaf volgende maand worden al onze beveiligers getraind om insulinepennen te herkennen.", "next_step", "deny"},
		// the moment and the training further apart than a pattern gap
		{hemaEN, "Naomi, our guard should have let you explain. From Monday every guard in our Hague store is trained to recognise diabetes care.", "", "deny"},
		{hemaNL, "Naomi, onze beveiliger had je moeten laten uitleggen. Vanaf maandag wordt elke beveiliger in onze Haagse winkel getraind om diabeteszorg te herkennen.", "", "deny"},
		{hemaEN, "Naomi, we're truly sorry. Our guards are trained to recognise drug use.", "deny", "apology"},
		{hemaNL, "Naomi, het spijt ons echt. Onze beveiligers zijn getraind om drugsgebruik te herkennen.", "deny", "apology"},

		{hemaEN, "Naomi, we're truly sorry. Our guards see a lot of drug use.", "deny", "apology"},
		{hemaNL, "Naomi, het spijt ons echt. Onze beveiligers zien veel drugsgebruik.", "deny", "apology"},
		{hemaEN, "Naomi, we're truly sorry. The guard was only doing his job.", "deny", "apology"},
		{hemaNL, "Naomi, het spijt ons echt. De beveiliger deed alleen zijn werk.", "deny", "apology"},
		{hemaEN, "The bouncer was just doing his job.", "deny", ""},
		{hemaNL, "De portier deed gewoon zijn werk.", "deny", ""},
		{hemaEN, "Naomi, we're truly sorry. Our guards see far too little of what diabetes looks like, so we're training them this month.", "", "deny"},
		{hemaNL, "Naomi, het spijt ons echt. Onze beveiligers weten te weinig van diabetes, dus ze krijgen deze maand training.", "", "deny"},
	} {
		a := r.Analyze(c.reply, c.ctx)
		if c.want != "" && !a.Has(c.want) {
			t.Errorf("%s %q: no %s (%v)", c.ctx.Language, c.reply, c.want, ids(a))
		}
		if c.not != "" && a.Has(c.not) {
			t.Errorf("%s %q: %s found (%v)", c.ctx.Language, c.reply, c.not, ids(a))
		}
	}
}
