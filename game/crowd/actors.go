package crowd

// AddActor registers a scenario actor. When the story's negative posts reach
// a.AfterNegativePosts it posts once, after a delay that fits its kind (a
// celebrity reacts in minutes, a blog takes half an hour or more, the press
// an hour or more); its post excites the crowd in proportion to its
// followers. Actors with AfterNegativePosts 0 are known (their kind covers
// the generic actor of that kind) but never post by threshold.
func (m *Model) AddActor(a Actor) {
	m.actors = append(m.actors, &actorState{Actor: a})
	m.checkActors()
}

// ClaimActor tells the model that the scenario itself posts for actor id
// now (a scripted post), so the actor does not also post by threshold. It
// reports whether the actor had already posted by threshold before the
// scenario first posted for it, in which case the scripted post would
// repeat it and should be left out.
func (m *Model) ClaimActor(id string) (alreadyPosted bool) {
	for _, a := range m.actors {
		if a.ID == id {
			alreadyPosted = a.posted && !a.claimed
			a.posted, a.scheduled, a.claimed = true, true, true
			m.hasCand = false
		}
	}
	return alreadyPosted
}

// checkActors schedules the actors whose threshold has been reached. A
// threshold counts the story's negative posts: those in the cascades of the
// customer's, the brand's and the actors' posts, not the background of other
// customers' own complaints (the baseline), which a blogger or a news site
// does not write about as this story.
func (m *Model) checkActors() {
	for _, a := range m.actors {
		if !a.scheduled && a.AfterNegativePosts > 0 && m.storyNeg >= a.AfterNegativePosts {
			a.scheduled = true
			a.at = m.now + actorDelay(a.Kind, m.rng.Float64())
			m.hasCand = false
		}
	}
	// The generic blogger, news site and boycott page pick up a storm
	// against the brand, not a crowd that has taken its side.
	if !m.generic || 2*m.stats.Negative < m.stats.Posts {
		return
	}
	for i, g := range genericThresholds {
		if m.storyNeg < g.after || m.hasGenericKind(i) {
			continue
		}
		a := m.text.genericActor(g.kind)
		a.AfterNegativePosts = g.after
		m.actors = append(m.actors, &actorState{Actor: a, generic: true})
		m.checkActors()
		return
	}
}

// hasGenericKind is hasActorKind for the kind of genericThresholds[i],
// asked after every post once the story passes the threshold. A yes is
// remembered: actors are never removed, so a kind once present stays.
func (m *Model) hasGenericKind(i int) bool {
	if m.genericKnown&(1<<i) != 0 {
		return true
	}
	if m.hasActorKind(genericThresholds[i].kind) {
		m.genericKnown |= 1 << i
		return true
	}
	return false
}

func (m *Model) hasActorKind(k Kind) bool {
	for _, a := range m.actors {
		if a.Kind == k && !a.pickup {
			return true
		}
	}
	return false
}

var genericThresholds = []struct {
	kind  Kind
	after int
}{{KindBlog, 100}, {KindPress, 400}, {KindBoycott, 2500}}

// actorDelay is how long an actor takes to post once its threshold is
// passed: u is uniform on [0,1).
func actorDelay(k Kind, u float64) float64 {
	switch k {
	case KindCelebrity:
		return 2 + 13*u
	case KindBlog:
		return 20 + 40*u
	case KindPress:
		return 45 + 75*u
	case KindBoycott:
		return 30 + 60*u
	}
	return 5 + 25*u
}

// eventKind maps an actor's kind to the kind of its post: the crowd kinds
// stay; another customer tells their own story (a complaint); anyone else
// (a bystander, a colleague) replies in the thread.
func eventKind(k Kind) Kind {
	switch k {
	case KindShare, KindReply, KindQuote, KindComplaint, KindBlog, KindPress, KindCelebrity, KindBoycott:
		return k
	case "customer":
		return KindComplaint
	}
	return KindReply
}

// postActors publishes the actors that are due now.
func (m *Model) postActors() {
	for _, a := range m.actors {
		if !a.scheduled || a.posted || a.at > m.now {
			continue
		}
		a.posted = true
		m.seq++
		kind := eventKind(a.Kind)
		tone := m.toneOf(a.ID)
		e := Event{Seq: m.seq, Minute: m.now, Kind: kind, Negative: tone == Negative, Sentiment: tone, Story: true,
			Followers: a.Followers, ActorID: a.ID, Author: a.Name, Handle: a.Handle, Text: a.Text}
		e.Phase = m.phase()
		if e.Text != "" && !m.text.claim(e.Text) {
			e.Text = "" // a generic outlet's headline another outlet has run
		}
		if e.Text == "" {
			e.Text = m.text.actorText(kind, tone, m.moment())
		}
		m.count(&e, true)
		m.stats.ActorPosts++
		e.Root = m.seed(Post{By: a.ID, Followers: a.Followers}, Weight(a.Followers))
		if a.pickup {
			m.carryReply(a.side, a.Followers)
		}
		m.record(e)
		m.checkActors()
	}
}

// toneOf is the side the post of the actor with this id takes: the side
// of the story a media pickup covers, else actorTone of its kind.
func (m *Model) toneOf(id string) Sentiment {
	for _, a := range m.actors {
		if a.ID == id && a.pickup {
			return a.side
		}
	}
	return m.actorTone(m.actorKind(id))
}

// actorKind is the kind of the actor with this id ("" if none).
func (m *Model) actorKind(id string) Kind {
	for _, a := range m.actors {
		if a.ID == id {
			return a.Kind
		}
	}
	return ""
}

// actorTone is the side an actor's post takes. An actor joins a story
// against the brand to criticise it; but once the public has taken the
// brand's side (a stimulus said so: Stimulus.PositiveShare), the press, a
// blogger or a well-known person report and join what the public says, the
// applause (Liberty Bottleworks' trade press: "loses one customer and wins
// thousands"). A boycott page is against the brand whatever the crowd says.
func (m *Model) actorTone(k Kind) Sentiment {
	if k != KindBoycott && m.sided && m.posShare*(1-m.negShare) > m.negShare {
		return Positive
	}
	return Negative
}
