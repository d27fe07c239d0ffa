package game

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// shotsSilenceCase is the case whose lesson is silence: HEMA stayed silent
// for a day while the story spread.
const shotsSilenceCase = "hema-insuline"

// shotSilenceReply is the reply typed after the silence, per language.
var shotSilenceReply = map[string]string{
	"nl": "Naomi, het spijt ons dat we zo lang stil waren. Wat je in onze winkel overkwam had nooit mogen gebeuren. Mag onze directeur je vandaag bellen? – Marloes",
	"en": "Naomi, we are sorry we stayed silent for so long. What happened to you in our store should never have happened. May our director call you today? – Marloes",
}

// silenceShots plays HEMA with two hours of silence at the first decision,
// the feed full of the crowd's chatter at the next, a typed reply there,
// and the debrief that teaches the silence: at its top, scrolled to the
// silence, and on to the lessons with the model reply beside the trainee's.
func (s *shooter) silenceShots(lang string) error {
	d := s.d
	var p *playScene
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = lang, "Sanne", session.Practice
		a.startRound(a.findScenario(shotsSilenceCase))
		p, _ = a.scene.(*playScene)
	})
	if p == nil {
		return fmt.Errorf("shots: the %s round did not start", shotsSilenceCase)
	}
	// Silence: the round's own clock runs from event to event until the
	// first decision is left to time out (two hours) and the next opens.
	d.Do(func(a *App) {
		for opened := 0; opened < 2 && p.sess.Ending() == nil; {
			was := p.sess.Decision()
			p.sess.AdvanceTo(p.sess.NextStop())
			if now := p.sess.Decision(); now != nil && now != was {
				opened++
			}
		}
	})
	if p.sess.Decision() == nil {
		return fmt.Errorf("shots: no decision after the silence in %s", shotsSilenceCase)
	}
	d.Tick(Frame{}, 0)
	s.shot("hema-after-silence", Frame{})
	d.Do(func(a *App) { p.focus.ID = "reply" })
	d.Tick(Typed(shotSilenceReply[lang]), 0)
	s.shot("hema-reply-typed", Frame{})
	if s.err != nil {
		return s.err
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if len(p.sess.Replies()) != 1 {
		return fmt.Errorf("shots: the reply after the silence was not published")
	}
	// Every later question takes its first written choice: the debrief's
	// one silence is the lesson's.
	d.Do(func(a *App) {
		for i := 0; p.sess.Ending() == nil && i < 10000; i++ {
			if dec := p.sess.Decision(); dec != nil && len(dec.Choices) > 0 {
				_ = p.sess.Choose(0)
				continue
			}
			p.sess.AdvanceTo(p.sess.NextStop())
		}
	})
	d.Tick(Frame{}, 0)
	d.Do(func(a *App) { p.focus.ID = "debrief" })
	d.Tick(Key(ebiten.KeyEnter), 0)
	s.waitWorlds()
	s.shot("hema-debrief", Frame{})
	var db *debriefScene
	d.Do(func(a *App) { db, _ = a.scene.(*debriefScene) })
	if db == nil {
		return fmt.Errorf("shots: no debrief after the %s round", shotsSilenceCase)
	}
	d.Do(func(a *App) { db.scroll = max(0, db.silenceAt-a.px(40)) })
	s.shot("hema-debrief-silence", Frame{})
	s.shot("hema-debrief-lessons", Key(ebiten.KeyPageDown))
	d.Tick(Key(ebiten.KeyEscape), 0)
	return s.err
}
