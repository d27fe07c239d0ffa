package session

import (
	"encoding/json"
	"math"
	"sort"
	"strings"
	"testing"
)

// advanceIn runs the clock to minute t in uneven steps, as a window does
// frame by frame.
func advanceIn(s *Session, t float64) {
	for s.Now() < t && !s.Done() {
		before := s.Now()
		s.AdvanceTo(math.Min(t, s.Now()+0.37))
		if s.Now() == before {
			return // the clock stands (a decision in relaxed mode, or the trainer's post)
		}
	}
}

func mustTrainer(t *testing.T, s *Session, in TrainerInput) {
	t.Helper()
	if err := s.Trainer(in); err != nil {
		t.Fatalf("%s: %v", in.Kind, err)
	}
}

// playWithTrainer plays a Sanoma round the way a workshop does: the clock
// in uneven frames, the trainer dropping in a journalist who asks for a
// statement, turning the dial to storm, typing a live inject and writing
// the customer's next post, and the trainee answering in between.
func playWithTrainer(t *testing.T) *Session {
	t.Helper()
	s, err := New(sanoma(t), Options{Seed: 11, Mode: Workshop, Player: "Anouk"})
	if err != nil {
		t.Fatal(err)
	}
	advanceIn(s, 12.3)
	first := s.Decision()
	if first == nil {
		t.Fatal("the first decision is not open at minute 12.3")
	}
	mustTrainer(t, s, TrainerInput{Kind: TrainerInject, Inject: "journalist"})
	d := s.Decision()
	if d == nil || d == first || !d.AllowFreeText {
		t.Fatalf("the journalist's inject did not open a decision for a typed reply: %+v", d)
	}
	last := s.Feed()[len(s.Feed())-1]
	if !last.Trainer || last.Kind != "press" || !strings.Contains(last.Text, "Marketing Vandaag") {
		t.Fatalf("the inject is not in the feed as the journalist's post: %+v", last)
	}
	advanceIn(s, 15.9)
	if err := s.Publish("@evabrink_mv Dank voor je vraag. Die toon past niet bij ons; ik heb Dorien mijn excuses aangeboden en bel haar vandaag. ^Lotte"); err != nil {
		t.Fatal(err)
	}
	if s.Decision() != first {
		t.Fatalf("after answering the journalist the round is at %v, want the interrupted decision back", s.Decision())
	}
	mustTrainer(t, s, TrainerInput{Kind: TrainerDial, Dial: DialStorm})
	mustTrainer(t, s, TrainerInput{Kind: TrainerTakeover, On: true})
	advanceIn(s, 19.2)
	if err := s.Choose(2); err != nil { // sorry, may I call you: the "telefoon" decision
		t.Fatal(err)
	}
	sugg, waiting := s.WaitingForCustomer()
	if !waiting || len(sugg) == 0 {
		t.Fatalf("with the customer taken over the round does not wait for the trainer's post (suggestions %q)", sugg)
	}
	at := s.Now()
	advanceIn(s, at+30)
	if s.Now() != at {
		t.Fatalf("the clock ran from %g to %g while the round waited for the trainer's post", at, s.Now())
	}
	mustTrainer(t, s, TrainerInput{Kind: TrainerCustomer, Text: "Oké, bel me maar om 14.00 uur. Maar dit had nooit zo moeten gaan."})
	if _, waiting := s.WaitingForCustomer(); waiting {
		t.Fatal("the trainer's post did not end the wait")
	}
	mustTrainer(t, s, TrainerInput{Kind: TrainerInject, Persona: "influencer", Name: "Gijs <b>Groot</b>",
		Handle: "gijsgroot", Followers: 50000, Text: "Sanoma en klantcontact, een liefdesverhaal 🙃", Crowd: PersonaCrowd("influencer")})
	mustTrainer(t, s, TrainerInput{Kind: TrainerTakeover, On: false})
	for i := 0; !s.Done() && i < 1000; i++ {
		if d := s.Decision(); d != nil {
			advanceIn(s, s.OpenedAt()+2.5)
			if s.Decision() == d {
				if err := s.Choose(0); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		advanceIn(s, s.Now()+7)
	}
	if !s.Done() {
		t.Fatal("the round did not end")
	}
	return s
}

func TestTrainerInputsReplayByteForByte(t *testing.T) {
	live := playWithTrainer(t)
	rep := live.Report()
	var kinds []string
	for _, m := range rep.Trainer {
		kinds = append(kinds, m.Kind)
	}
	want := []string{"inject", "dial", "takeover", "customer", "inject", "takeover"}
	if strings.Join(kinds, ",") != strings.Join(want, ",") {
		t.Errorf("the report marks %v, want %v", kinds, want)
	}
	if rep.Trainer[0].Note != "de trainer voegde hier een journalist toe (Eva Brink (Marketing Vandaag))" {
		t.Errorf("the debrief's note is %q", rep.Trainer[0].Note)
	}
	if rep.Replies[0].Decision == "terechtwijzing" || rep.Replies[0].Analysis.Empathy == 0 {
		t.Errorf("the answer to the journalist is not scored as a reply of its own: %+v", rep.Replies[0])
	}

	data, err := json.Marshal(live.Transcript())
	if err != nil {
		t.Fatal(err)
	}
	var tr Transcript
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	replayed, err := Run(live.Scenario(), Options{Seed: tr.Seed, Mode: tr.Mode, Player: tr.Player}, &FromTranscript{Steps: tr.Steps})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := reportJSON(t, live), reportJSON(t, replayed); a != b {
		t.Errorf("the replay differs from the live round:\nlive   %.600s\nreplay %.600s", a, b)
	}
	// The feed's minutes are compared to a millionth: the crowd's clock
	// adds up differently when the window advances it frame by frame than
	// a replay does in one go (the last bit of a float64, with or without a
	// trainer); the report has no such minutes.
	fa, _ := json.Marshal(roundedFeed(live.Feed()))
	fb, _ := json.Marshal(roundedFeed(replayed.Feed()))
	if string(fa) != string(fb) {
		t.Errorf("the replay's feed differs from the live round's (%d vs %d posts)", len(live.Feed()), len(replayed.Feed()))
	}
}

// The trainer does not answer as the customer: the script's posts come
// after all, and the decision opens after them as written.
func TestTakeoverFallsBackToScript(t *testing.T) {
	s, _ := New(sanoma(t), Options{Seed: 3})
	mustTrainer(t, s, TrainerInput{Kind: TrainerTakeover, On: true})
	advanceIn(s, 13)
	if err := s.Choose(2); err != nil {
		t.Fatal(err)
	}
	sugg, ok := s.WaitingForCustomer()
	if !ok {
		t.Fatal("not waiting for the trainer's post")
	}
	mustTrainer(t, s, TrainerInput{Kind: TrainerScripted})
	if _, ok := s.WaitingForCustomer(); ok {
		t.Fatal("still waiting after the script took over")
	}
	for i := 0; s.Decision() == nil && i < 100; i++ {
		advanceIn(s, s.Now()+1)
	}
	found := false
	for _, f := range s.Feed() {
		found = found || (f.By == "customer" && f.Text == sugg[0] && !f.Trainer)
	}
	if !found || s.Decision() == nil {
		t.Fatalf("the scripted customer post %q did not come, or no decision opened", sugg[0])
	}
	if m := s.Report().Trainer; m[len(m)-1].Kind != TrainerScripted {
		t.Errorf("the debrief does not say the script took over: %+v", m)
	}
}

// An inject asking for an answer that the trainee leaves alone counts as
// silence, like any decision.
func TestUnansweredInjectIsSilence(t *testing.T) {
	s, _ := New(sanoma(t), Options{Seed: 5})
	advanceIn(s, 11)
	mustTrainer(t, s, TrainerInput{Kind: TrainerInject, Inject: "tweede-klant"})
	id := s.Decision().ID
	advanceIn(s, s.Deadline()+0.5)
	if s.Decision() == nil || s.Decision().ID == id {
		t.Fatalf("silence did not take over the inject's decision and hand back the scripted one")
	}
	found := false
	for _, f := range s.Report().Facts {
		found = found || (f.What == "silence" && strings.Contains(f.Detail, id))
	}
	if !found {
		t.Errorf("the unanswered inject is not a fact of the round: %+v", s.Report().Facts)
	}
}

// The dial scales how far the story spreads from the moment it is turned:
// over many worlds a storm makes more posts than the case as it went, and
// calm fewer. The same replies at the same minutes in every world.
func TestDialScalesTheCrowd(t *testing.T) {
	posts := func(level int) []int {
		var out []int
		for seed := uint64(1); seed <= 25; seed++ {
			s, _ := New(sanoma(t), Options{Seed: seed})
			advanceIn(s, 5)
			mustTrainer(t, s, TrainerInput{Kind: TrainerDial, Dial: level})
			r, err := Run(s.Scenario(), s.Options(), &FromTranscript{Steps: append(s.Transcript().Steps,
				Step{At: 20, Choice: 1}, Step{At: 200, Choice: 1}, Step{At: 400, Choice: 1}, Step{At: 600, Choice: 1})})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, r.Report().Posts)
		}
		sort.Ints(out)
		return out
	}
	calm, went, storm := posts(DialCalm), posts(DialAsWent), posts(DialStorm)
	med := func(xs []int) int { return xs[len(xs)/2] }
	if !(med(calm) < med(went) && med(went) < med(storm)) {
		t.Errorf("median crowd posts: calm %d, as it went %d, storm %d; want rising", med(calm), med(went), med(storm))
	}
	if err := (&Session{}).setDial(3); err != ErrBadDial {
		t.Errorf("a dial beyond storm gave %v", err)
	}
}

func TestLiveInjectIsChecked(t *testing.T) {
	s, _ := New(sanoma(t), Options{Seed: 1})
	for _, in := range []TrainerInput{
		{Kind: TrainerInject, Persona: "journalist", Name: "", Text: "x"},
		{Kind: TrainerInject, Persona: "alien", Name: "X", Text: "x"},
		{Kind: TrainerInject, Persona: "journalist", Name: "X", Text: strings.Repeat("a", 281)},
		{Kind: TrainerInject, Inject: "bestaat-niet"},
		{Kind: TrainerCustomer, Text: "  \u202e "},
		{Kind: TrainerInject, Persona: "journalist", Name: "X", Text: "x", Crowd: &InjectCrowd{BranchingFactor: 9}},
		{Kind: TrainerInject, Persona: "customer", Name: "X", Text: "x", Crowd: &InjectCrowd{NegativeShare: share(0.7), PositiveShare: share(0.5)}},
	} {
		if err := s.Trainer(in); err == nil {
			t.Errorf("%+v was accepted", in)
		}
	}
	if n := len(s.Transcript().Steps); n != 0 {
		t.Errorf("refused input left %d steps in the transcript", n)
	}
}

func roundedFeed(feed []FeedItem) []FeedItem {
	out := append([]FeedItem(nil), feed...)
	for i := range out {
		out[i].Minute = math.Round(out[i].Minute*1e6) / 1e6
	}
	return out
}
