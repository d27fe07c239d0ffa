package session

import (
	"strings"
	"testing"
)

// The story tells what the trainee did, not what the typical round did
// (playtest 18). Each case plays the path the playtest took, typed as the
// newcomer typed it, and reads what the trainee then reads.

// P18-4: a trainee who thanked Kevin and then let his question go
// unanswered is not told that his compliment went unanswered and that
// thanking him takes one tweet.
func TestDominosSilenceAfterThanksSaysWhatWentUnanswered(t *testing.T) {
	thanks := map[string]string{
		"nl": "@kevinvdl Dankje Kevin!! Fijn dat t gesmaakt heeft, eet smakelijk 🍕 ^mark",
		"en": "@kevinvdl Thanks Kevin!! Glad you enjoyed it, enjoy your meal 🍕 ^mark",
	}
	unansweredCompliment := map[string]string{"nl": "compliment bleef onbeantwoord", "en": "compliment went unanswered"}
	question := map[string]string{"nl": "vraag", "en": "question"}
	housemate := map[string]string{"nl": "huisgenoot", "en": "housemate"}
	for lang, reply := range thanks {
		s := storyAt(t, "dominos-sorry", lang, []move{{text: reply}, {silence: true}})
		e := s.Ending()
		if e == nil || e.ID != "gemiste-kans" {
			t.Fatalf("%s: thanks then silence led to %v, want the unanswered ending", lang, s.history)
		}
		if strings.Contains(e.Text, unansweredCompliment[lang]) || !strings.Contains(e.Text, question[lang]) {
			t.Errorf("%s: after thanking Kevin and leaving his question, the ending reads %q", lang, e.Text)
		}

		s = storyAt(t, "dominos-sorry", lang, []move{{text: reply}, {choice: 1}, {silence: true}})
		if e := s.Ending(); e == nil || e.ID != "gemiste-kans" ||
			strings.Contains(e.Text, unansweredCompliment[lang]) || !strings.Contains(e.Text, housemate[lang]) {
			t.Errorf("%s: after two answers and silence on the housemate's tweet: %v, %v", lang, s.history, e)
		}

		// Never answering at all still hears that the compliment went unanswered.
		s = storyAt(t, "dominos-sorry", lang, []move{{silence: true}})
		if e := s.Ending(); e == nil || !strings.Contains(e.Text, unansweredCompliment[lang]) {
			t.Errorf("%s: a round that never answered: %v", lang, e)
		}
	}
}

// storyText is everything the trainee reads of where the round is now:
// the open decision's prompt and choices, or the ending's story and
// outcome, and the customer's posts.
func storyText(s *Session) string {
	var b strings.Builder
	if d := s.Decision(); d != nil {
		b.WriteString(d.Prompt + "\n")
		for _, c := range d.Choices {
			b.WriteString(c.Text + "\n")
		}
	}
	if e := s.Ending(); e != nil {
		b.WriteString(e.Text + "\n" + e.Outcome + "\n")
	}
	for _, f := range s.Feed() {
		if f.By == "customer" {
			b.WriteString(f.Text + "\n")
		}
	}
	return strings.ToLower(b.String())
}

// P18-6: a polite reply that corrected Dorien and sent her to the contact
// form is not answered with "I lost my temper", and a full apology that
// asked for a DM is not told that Dorien picked up the phone or that the
// retweets of an outburst keep circulating.
func TestSanomaStoryTellsNoOutburstAndNoCallTheRepliesDidNotMake(t *testing.T) {
	type replies struct{ correction, sneer, dmApology string }
	typed := map[string]replies{
		"en": {
			correction: "@dorien_deboef Sorry for the confusion Dorien, but our system shows no phone contact yet. Could you please fill in the contact form so we can look into it properly? ^Lotte",
			sneer:      "@dorien_deboef What do you want? Playing the schoolmistress or getting help?",
			dmApology:  "@dorien_deboef Dorien, you're completely right and I'm sorry: you already called and emailed twice, and we asked you to do it again. That was wrong. I'll fix your subscription today and DM you within the hour. ^Lotte",
		},
		"nl": {
			correction: "@dorien_deboef Sorry voor de verwarring Dorien, maar in ons systeem zie ik nog geen telefonisch contact. Wil je het contactformulier invullen, dan kunnen we het goed bekijken? ^Lotte",
			sneer:      "@dorien_deboef Wat wil je nou? De juf uithangen of geholpen worden?",
			dmApology:  "@dorien_deboef Dorien, je hebt helemaal gelijk en het spijt me: je had al gebeld en twee keer gemaild, en wij vroegen je het opnieuw te doen. Dat was fout. Ik regel je abonnement vandaag en stuur je binnen het uur een DM. ^Lotte",
		},
	}
	outburst := map[string][]string{"en": {"lost my temper", "outburst"}, "nl": {"liet me gaan", "uitval"}}
	call := map[string][]string{"en": {"picks up the phone", "on the phone", "call her", "got a call"}, "nl": {"neemt de telefoon op", "gebeld door", "net gebeld", "je belt haar"}}
	for lang, r := range typed {
		// The correction: the next decision offers no sorry for a temper lost.
		s := storyAt(t, "sanoma-juf", lang, []move{{text: r.correction}})
		for _, w := range outburst[lang] {
			if strings.Contains(storyText(s), w) {
				t.Errorf("%s: after the polite correction (%v) the story says %q:\n%s", lang, s.history, w, storyText(s))
			}
		}
		// Then the apology with a DM, after the correction and after a sneer.
		for _, first := range []string{r.correction, r.sneer} {
			s := storyAt(t, "sanoma-juf", lang, []move{{text: first}, {text: r.dmApology}})
			s.Finish()
			after := storyText(s)
			words := call[lang]
			if first == r.correction {
				words = append(words, outburst[lang]...)
			}
			for _, w := range words {
				if strings.Contains(after, w) {
					t.Errorf("%s: after %.30q and an apology that asked for a DM (%v) the story says %q:\n%s", lang, first, s.history, w, after)
				}
			}
		}
		// A reply that offered a call still hears of the call.
		s = storyAt(t, "sanoma-juf", lang, []move{{choice: 3}})
		if d := s.Decision(); d == nil || d.ID != "telefoon" || !strings.Contains(strings.ToLower(d.Prompt), map[string]string{"en": "call her", "nl": "belt haar"}[lang]) {
			t.Errorf("%s: after the written call offer: %v, %v", lang, s.history, d)
		}
	}
}

// P18-1: a referral ("have you emailed your adviser? otherwise come by the
// desk tomorrow") takes no route for a step the brand takes itself, and
// "you call the study adviser yourself, as you said" follows only a reply
// that said so.
func TestUniversityReferralIsNotToldItPromisedToCall(t *testing.T) {
	type replies struct{ opening, referral, willCall string }
	typed := map[string]replies{
		"nl": {
			opening:  "@brampost hoi bram, wat is er aan de hand? Vertel het me, dan kijk ik wat ik kan doen. ^Eva",
			referral: "@brampost wat vervelend voor je!! heb je al gemaild naar de studieadvisuer? anders kun je morgen langs komen bij de balie. groetjes eva",
			willCall: "@brampost Balen Bram! Ik bel nu zelf je studieadviseur en zorg dat je voor 14:00 gebeld wordt. ^Eva",
		},
		"en": {
			opening:  "@brampost hi bram, what's going on? Tell me and I'll see what I can do. ^Eva",
			referral: "@brampost so annoying for you!! have you emailed the study advisor yet? otherwise you can come by the front desk tomorrow. cheers eva",
			willCall: "@brampost That's rough Bram! I'll call your study adviser myself now and make sure he phones you before 2pm. ^Eva",
		},
	}
	asYouSaid := map[string]string{"nl": "zoals je zei", "en": "as you said"}
	for lang, r := range typed {
		s := storyAt(t, "universiteit-kut", lang, []move{{text: r.opening}})
		if d := s.Decision(); d == nil || d.ID != "uitleg" {
			t.Fatalf("%s: the opening led to %v, want Bram's explanation", lang, s.history)
		}
		s = storyAt(t, "universiteit-kut", lang, []move{{text: r.opening}, {text: r.referral}})
		if d := s.Decision(); d == nil || d.ID == "nummer" || strings.Contains(d.Prompt, asYouSaid[lang]) {
			t.Errorf("%s: the referral led to %v: %v", lang, s.history, d)
		}
		s = storyAt(t, "universiteit-kut", lang, []move{{text: r.opening}, {text: r.willCall}})
		if d := s.Decision(); d == nil || d.ID != "nummer" || !strings.Contains(d.Prompt, asYouSaid[lang]) {
			t.Errorf("%s: the reply that said it would call the adviser led to %v: %v", lang, s.history, d)
		}
	}
}

// P18-14: after the canned reply, laughing at your own slip and praising
// the pizza is the recovery, not "you didn't accept the compliment or
// laugh along".
func TestDominosLaughingAlongIsTheRecovery(t *testing.T) {
	laugh := map[string]string{
		"en": "@kevinvdl Haha oops, my bad! Too many complaints tonight and my brain went on autopilot. That pizza looks amazing, enjoy it! ^Mark",
		"nl": "@kevinvdl Haha oeps, mijn fout! Te veel klachten vanavond en mijn brein stond op de automatische piloot. Die pizza ziet er geweldig uit, eet smakelijk! ^Mark",
	}
	for lang, reply := range laugh {
		s := storyAt(t, "dominos-sorry", lang, []move{{choice: 1}, {text: reply}})
		if s.Ending() != nil || s.Decision() == nil || s.Decision().ID != "herstel" {
			t.Errorf("%s: laughing along after the canned reply led to %v", lang, s.history)
		}
	}
}

// P18-12: a promise made in an earlier reply still stands when the last
// reply did not repeat it: Sophie does not ask whether the poster will
// still be up tomorrow after the owner said it comes down today.
func TestGymRemembersThePosterPromisedEarlier(t *testing.T) {
	paths := map[string][]move{
		"nl": {
			{text: "Sorry als je je gekwetst voelt, dat was echt niet de bedoeling! De poster is met een knipoog bedoeld, juist om mensen te motiveren."},
			{text: "@sophieruns @dave_lifts JULLIE HEBBEN GELIJK, SORRY! Ik haal de poster vandaag nog van de muur en praat er vanmiddag met het team over. ^Tom"},
			{choice: 2},
		},
		"en": {
			{text: "Sorry if you feel hurt, that really wasn't the intention! The poster is meant with a wink, to motivate people."},
			{text: "@sophieruns @dave_lifts YOU ARE RIGHT, SORRY! I will take the poster down today and talk to the team about it this afternoon. ^Tom"},
			{choice: 2},
		},
	}
	asks := map[string]string{"nl": "morgen nog", "en": "still be up tomorrow"}
	for lang, path := range paths {
		s := storyAt(t, "sportschool-scheldt", lang, path)
		d := s.Decision()
		if d == nil || d.ID != "excuses" {
			t.Fatalf("%s: the path led to %v, want the decision after the apology", lang, s.history)
		}
		if post := lastCustomerPost(s); strings.Contains(post, asks[lang]) || strings.Contains(d.Prompt, "en de poster?") || strings.Contains(d.Prompt, "and the poster?") {
			t.Errorf("%s: after the poster was promised gone, Sophie asks %q; prompt %q", lang, post, d.Prompt)
		}
	}
}
