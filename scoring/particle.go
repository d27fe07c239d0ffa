package scoring

// A contrast word is not always a contrast. Dutch "maar" is as often a
// softening particle ("kijk maar even", "zeg het maar", "ik gokte maar
// wat") or means "only" ("dat was maar een gok"), and "alleen" inside a
// clause means "only" ("het was alleen een verwachting"); English "but"
// after "nothing", "anything" or "all" means "except" ("nothing but a
// guess", "anything but easy"). None of these takes back the apology or
// the understanding before it (playtest 14, P14-10): only the word that
// opens a clause of its own does ("sorry, maar zo is het beleid", "sorry
// dat het zo liep maar we kunnen niets doen").

// particleSettings are the settings' words for it (rubric.toml).
type particleSettings struct {
	ParticleContrast []string `toml:"particle_contrast"`
	ParticleBefore   []string `toml:"particle_before"`
	ParticleAfter    []string `toml:"particle_after"`
	OnlyContrast     []string `toml:"only_contrast"`
	TurnWords        []string `toml:"turn_words"`
}

func (r *Rubric) setParticles(p particleSettings) {
	r.particleContrast, r.particleBefore = foldSet(p.ParticleContrast), foldSet(p.ParticleBefore)
	r.particleAfter, r.onlyContrast = foldSet(p.ParticleAfter), foldSet(p.OnlyContrast)
	r.turnWords = foldSet(p.TurnWords)
}

// dropParticleContrasts removes feature f's findings whose last word is a
// contrast word used inside its clause, not as the clause's opening word.
func (r *Rubric) dropParticleContrasts(s *scratch, f *feature) {
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		k := int(m.t1) - 1
		for k > int(m.t0) && s.toks[k].kind != tWord {
			k--
		}
		if k > int(m.t0) && r.particleAt(s, k, int(m.t0)) {
			m.dead = true
		}
	}
}

// particleAt reports whether the contrast word at token k is a particle
// or "only": it stands inside a clause (no punctuation and no sentence
// start before it, and not right after head, the apology word itself:
// "sorry maar" is a contrast) and either is an "only" word
// (only_contrast) or a particle word (particle_contrast) after a
// particle_before word, before a particle_after word or at a clause's end.
func (r *Rubric) particleAt(s *scratch, k, head int) bool {
	w := s.folded(&s.toks[k])
	only, particle := r.onlyContrast[string(w)], r.particleContrast[string(w)]
	if !only && !particle {
		return false
	}
	prev := k - 1
	if prev <= head || s.toks[prev].kind != tWord || s.toks[prev].sent != s.toks[k].sent {
		return false // opens a clause: "sorry, maar", "Sorry. Maar", "sorry maar"
	}
	if only {
		return true
	}
	if r.particleBefore[string(s.folded(&s.toks[prev]))] {
		return true
	}
	next := k + 1
	if next >= len(s.toks) || s.toks[next].kind == tHard || s.toks[next].kind == tSoft {
		return true // "kijk maar.", "zeg het maar, dan…"
	}
	return s.toks[next].kind == tWord && r.particleAfter[string(s.folded(&s.toks[next]))]
}

// markTurns marks the contrast words (turn_words) that open a clause
// after a comma or a dash: what follows is set against what came before
// ("Formeel zijn we niet verplicht, maar we vergoeden je jas"), so no
// pattern's gap joins the two clauses into one statement. Without the
// comma the word is as often a particle or joins two words of one clause
// ("laat maar weten", "wel bevestigd maar niet verwerkt").
func (r *Rubric) markTurns(s *scratch) {
	for k := 1; k < len(s.toks); k++ {
		t, prev := &s.toks[k], &s.toks[k-1]
		if t.kind != tWord || prev.kind != tSoft || !r.turnWords[string(s.folded(t))] {
			continue
		}
		switch prev.punct {
		case ',', '-', '–', '—':
			t.turn = true
		}
	}
}
