package scoring

import "strings"

// "Wil je je klacht mailen naar service@…?" to a customer who wrote "Drie
// mails gestuurd, geen antwoord" sends them back to the channel that
// already failed them, and "we haven't received a request from you yet"
// denies the contact they report: the reply did not read the post
// (playtest 14, P14-13). The feature's patterns find a request to use a channel; the
// asks_again detector keeps it only where the customer's post says, in a
// form of the past or the plural (channel_done: "mails", "gemaild",
// "emailed", "called", "gebeld"), that they already used that channel.

type channelSettings struct {
	// ChannelDone names, per channel, the words of a request for it
	// (prefixes: "mail", "bel") and the forms in which a post says it was
	// used already ("mails", "gebeld").
	ChannelDone map[string]struct {
		Request []string `toml:"request"`
		Done    []string `toml:"done"`
	} `toml:"channel_done"`
}

type channel struct {
	request []string
	done    map[string]bool
}

func (r *Rubric) setChannels(c channelSettings) {
	r.channels = r.channels[:0]
	for _, name := range sortedKeys(c.ChannelDone) {
		ch := c.ChannelDone[name]
		req := make([]string, len(ch.Request))
		for i, w := range ch.Request {
			req[i] = foldString(w)
		}
		r.channels = append(r.channels, channel{request: req, done: foldSet(ch.Done)})
	}
}

// detectReadOfPost runs the detectors that judge a word by what stands
// around it or in the post: a contrast word that is a particle
// (particle.go), a request for a channel the customer used already, a
// verdict on the customer's own word (disputed.go), a defence of the staff
// after the sorry (defended_after_sorry.go).
func (r *Rubric) detectReadOfPost(s *scratch, f *feature, post, lang string) {
	switch f.Detector {
	case "contrast":
		r.dropParticleContrasts(s, f)
	case "disputed":
		r.detectDisputed(s, f, post, lang)
	case "legal_of_post":
		r.dropCustomersLegalStep(s, f, post, lang)
	case "defended_after_sorry":
		r.detectDefendedAfterSorry(s, f, post, lang)
	case "under_rules":
		r.detectUnderRules(s, f)
	case "waved_apology":
		// "No need to apologise" answers a customer who said sorry;
		// without their apology it is the brand refusing one.
		if post == "" || !r.postApologises(s, post, lang) {
			r.kill(s, f.idx, -1, -1, -1)
		}
	default:
		r.keepAskedAgain(s, f, post, lang)
	}
}

// keepAskedAgain drops feature f's findings unless the post says the
// customer already used the channel the finding asks for.
func (r *Rubric) keepAskedAgain(s *scratch, f *feature, post, lang string) {
	if !r.hasMatches(s, f.idx) {
		return
	}
	if post != "" {
		r.tokenizePost(s, post, lang)
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead {
			continue
		}
		if post == "" || m.t0 < 0 || !r.usedAlready(s, m) {
			m.dead = true
		}
	}
}

// usedAlready reports whether finding m asks for a channel that a word of
// the post says was used already; a finding that names no channel ("we
// haven't received a request from you yet") denies any contact the post
// reports.
func (r *Rubric) usedAlready(s *scratch, m *match) bool {
	named := false
	for _, ch := range r.channels {
		named = named || r.asksFor(s, m, ch)
	}
	for _, ch := range r.channels {
		if named && !r.asksFor(s, m, ch) {
			continue
		}
		ps := s.post
		for j := range ps.toks {
			if u := &ps.toks[j]; u.kind == tWord && ch.done[string(ps.folded(u))] {
				return true
			}
		}
	}
	return false
}

// asksFor reports whether a word of finding m names channel ch.
func (r *Rubric) asksFor(s *scratch, m *match, ch channel) bool {
	for k := m.t0; k < m.t1; k++ {
		if t := &s.toks[k]; t.kind == tWord {
			w := string(s.folded(t))
			for _, p := range ch.request {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
		}
	}
	return false
}
