package server_test

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// A typed live inject reaches the game with the crowd effect of the
// persona the trainer chose, and the round's result must carry that
// effect: a transcript that softens it is refused, the one as played is
// taken.
func TestALiveInjectCarriesItsPersonasCrowdEffect(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	tr := e.joinAndStart(code, "Sem", "sanoma-juf", "nl")
	for lang, want := range map[string]string{"nl": "een tweede klant (publiek 65% tegen)", "en": "a journalist (the outlet covers the story)"} {
		if _, page := e.get("/trainer/w/" + code + "/control?lang=" + lang); !strings.Contains(page, want) {
			t.Errorf("the control room (%s) does not say what the persona does to the crowd: no %q", lang, want)
		}
	}
	form := url.Values{"target": {"all"}, "persona": {"customer"}, "name": {"Karin de Wit"}, "handle": {"karindewit"},
		"followers": {"800"}, "text": {"Bij mij precies hetzelfde: twee keer gemaild, nooit antwoord."}}
	if st, out := e.steer(code, "inject", form); st != 200 || out["sent"] != 1.0 {
		t.Fatalf("live inject: %d %v", st, out)
	}
	up := tr.poll(t)
	if len(up.Commands) != 1 {
		t.Fatalf("the game fetched %q", kinds(up))
	}
	in := up.Commands[0].Input
	want := session.PersonaCrowd("customer")
	if in.Crowd == nil || in.Crowd.NegativeShare == nil || *in.Crowd.NegativeShare != *want.NegativeShare {
		t.Fatalf("the live inject reached the game with crowd effect %+v, want the customer's %+v", in.Crowd, want)
	}
	soft := in
	soft.Crowd = &session.InjectCrowd{NegativeShare: new(0.1)}
	forged := sanomaWith(t, "Sem", map[float64]session.TrainerInput{4: soft}, []float64{4})
	var se *client.StatusError
	if err := tr.report(e.base, forged); !errors.As(err, &se) || se.Code != http.StatusUnprocessableEntity {
		t.Fatalf("a transcript that softens the inject's effect: %v, want 422", err)
	}
	played := sanomaWith(t, "Sem", map[float64]session.TrainerInput{4: in}, []float64{4})
	if err := tr.report(e.base, played); err != nil {
		t.Fatalf("the round as played: %v", err)
	}
}
