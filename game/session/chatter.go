package session

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// What the bystanders say, and how the round tells what the crowd did: the
// case's own lines by stance and moment, the channel's words, the brand's
// last words for bystanders to quote, shares shown as counts on the post
// they share, and narration numbers taken from the round.

// setUpChatter gives the crowd the case's lines, channel and signature.
func setUpChatter(m *crowd.Model, sc *scenarios.Scenario) {
	channel := sc.Channel
	m.SetChannel(channel, func(line string) bool { return fitsChannel(line, channel) })
	m.SetAgent(sc.Brand.Signature)
	m.SetFindsRule(findsRule)
	m.AddPool(sc.Crowd.Negative, sc.Crowd.Positive, sc.Crowd.Neutral)
	for _, st := range sc.Crowd.Lines.ByStance() {
		for _, mo := range st.Lines.ByMoment() {
			if len(mo.Lines) > 0 {
				m.AddLines(crowd.Stance(st.Name), crowd.Moment(mo.Name), mo.Lines)
			}
		}
	}
}

// findsRule reads a line's finding tag (<has:…>, <never:…>) as a story
// variant's is read: one rule for both (scenarios.Replies.Holds).
func findsRule(tag string, replies []func(string) bool) bool {
	return scenarios.Replies{Each: replies}.Holds(tag)
}

// fitsChannel is scenarios.FitsChannel's verdict, remembered per channel and
// line: every world of "100 worlds" and of the fit builds the same pools
// from the same lines, and checking each line's words again cost a tenth
// of a world.
func fitsChannel(line, channel string) bool {
	key := channelLine{channel, line}
	if ok, seen := channelFits.Load(key); seen {
		return ok.(bool)
	}
	ok, _ := scenarios.FitsChannel(line, channel)
	if channelFitsKept.Add(1) <= maxChannelFits {
		channelFits.Store(key, ok)
	}
	return ok
}

type channelLine struct{ channel, line string }

// channelFits holds fitsChannel's verdicts: the builtin pools' lines and
// the scenarios' own. A workshop server that loads scenario after scenario
// stops remembering at maxChannelFits lines.
var (
	channelFits     sync.Map
	channelFitsKept atomic.Int64
)

const maxChannelFits = 200_000

// seedPost lets the crowd react to the post just pushed to the feed, and
// remembers which feed item the crowd's cascade belongs to, so that shares
// of it count on it.
func (s *Session) seedPost(p crowd.Post) int {
	s.published, s.unpublished = true, false // something is public now (private.go)
	if p.By == "customer" && len(s.feed) > 0 && scenarios.ReportsApology(s.feed[len(s.feed)-1].Text, s.sc.Language) {
		s.crowd.HeardOfApology() // "HEMA called me and apologised": no more "they never said sorry"
	}
	root := s.crowd.SeedPost(p)
	s.noteRoot(root, len(s.feed)-1)
	s.tieOnPost()
	return root
}

func (s *Session) noteRoot(root, item int) {
	if s.rootItem == nil {
		s.rootItem = map[int]int{}
	}
	s.rootItem[root] = item
}

// crowdItem puts a crowd event in the feed. A bystander's post with words
// is an item of its own; a share (or a reaction with nothing left to say)
// is not: it counts on the post it shares, as the channels show it
// ("↻ 11"). The counters beside the feed count every post either way.
func (s *Session) crowdItem(e crowd.Event, item FeedItem) {
	if everydayTalk(e) {
		// a post of the brand's everyday mentions is not about this case,
		// and heat leaves it out: said with a line about the case, the
		// feed showed negative posts beside "heat 0.0" (P13-32, P13-6).
		// Only another customer's own story is shown from them.
		e.Text = ""
	}
	if e.Text == "" && e.ActorID == "" {
		if e.Kind != crowd.KindShare {
			return
		}
		if i, ok := s.rootItem[e.Root]; ok && e.Reshare {
			s.feed[i].Shares++
		} else if i, ok := s.seqItem[e.Parent]; ok && e.Parent > 0 && !e.Reshare {
			s.feed[i].Shares++
		}
		return // a share of a reaction nobody put into words shows nowhere
	}
	s.push(item)
	if e.ActorID != "customer" {
		s.crowdShown++ // the customer's own posts are not the crowd's (crowd.Stats.Posts)
	}
	if s.seqItem == nil {
		s.seqItem = map[int]int{}
	}
	s.seqItem[e.Seq] = len(s.feed) - 1
	if e.ActorID == "customer" {
		s.noteRoot(e.Root, len(s.feed)-1)
	}
}

// replyMeets is what a reply did for the lines that presume it (<has:…>,
// <lacks:…>): its findings as a route's condition meets them, so that a
// line and a route never disagree about what a reply said.
func replyMeets(a scoring.Analysis) func(string) bool {
	has := finds(a)
	return func(id string) bool { return scenarios.FeatureMet(id, has) }
}

// replyLate reports whether the brand took long to say this reply, for
// the lines that say so ("it took long enough"): it went out after the
// time the case gives for an answer (the SLA badge turned late), or a
// decision of the round went by in silence before it. A reply three
// minutes after the question is no slow one (playtest 13, P13-9).
func (s *Session) replyLate(r Reply) bool {
	return r.Minute-r.Opened > s.slaMinutes() || len(s.missed) > 0
}

// QuoteMax is the most characters of a reply a bystander quotes.
const QuoteMax = 80

// replyWords are the phrases bystanders quote from a reply: the sentence
// with its best finding (an apology, a word of sympathy) or its first
// sentence, and the sentence with its most costly put-down, if any.
func replyWords(text string, a scoring.Analysis) (quote, worst string) {
	best, bestPts, worstPts := -1, 0.0, 0.0
	worstAt := -1
	for i, f := range a.Features {
		if f.End <= f.Start {
			continue
		}
		// A signature is no words of the reply a bystander would quote:
		// "'^Lotte' Serieus, is dit jullie webcare?" quoted nothing.
		if f.Points > bestPts && f.ID != "signature" {
			best, bestPts = i, f.Points
		}
		if provocative[f.ID] && -f.Points > worstPts {
			worstAt, worstPts = i, -f.Points
		}
	}
	// a cold or offending reply is quoted by its opening, whatever warm
	// word it has; a good one by its best sentence
	quote = replyQuote(text)
	if best >= 0 && a.Empathy+a.Deescalation >= 60 {
		quote = sentenceAround(text, a.Features[best])
	}
	if worstAt >= 0 {
		worst = sentenceAround(text, a.Features[worstAt])
	}
	return quote, worst
}

// sentenceAround is the sentence of text that holds the finding's span,
// without the @handles it starts with; the span alone when the sentence is
// longer than QuoteMax.
func sentenceAround(text string, f scoring.Feature) string {
	if f.ByteEnd <= f.ByteStart || f.ByteEnd > len(text) {
		return strings.TrimSpace(f.Text)
	}
	start := lastSentenceEnd(text, f.ByteStart) + 1
	end := len(text)
	if i := nextSentenceEnd(text, f.ByteEnd); i >= 0 {
		end = i + 1
	}
	sent := strings.TrimSpace(text[start:end])
	for strings.HasPrefix(sent, "@") {
		_, rest, ok := strings.Cut(sent, " ")
		if !ok {
			break
		}
		sent = strings.TrimSpace(rest)
	}
	if sent == "" {
		return strings.TrimSpace(f.Text)
	}
	if rs := []rune(sent); len(rs) > QuoteMax {
		// from the start of the sentence, or of the finding when it lies
		// further on, cut at a word, with an ellipsis
		from := 0
		if span := []rune(strings.TrimSpace(f.Text)); len(span) > 0 {
			if i := strings.Index(sent, string(span)); i >= 0 && len([]rune(sent[:i]))+len(span) > QuoteMax-1 {
				from = len([]rune(sent[:i]))
			}
		}
		rs = rs[from:]
		if len(rs) > QuoteMax-1 {
			cut := QuoteMax - 1
			for cut > QuoteMax/2 && rs[cut] != ' ' {
				cut--
			}
			rs = append([]rune(strings.TrimRight(string(rs[:cut]), " ,;:")), '…')
		}
		sent = string(rs)
	}
	return sent
}

// narrationCount matches a number the round fills in: {shares},
// {posts|post|posts} (the singular and plural around the number).
var narrationCount = regexp.MustCompile(`\{(shares|posts|reactions|negative|positive|complaints|likes|total_shares|total_posts|minutes)(?:\|([^|{}]*)\|([^|{}]*))?\}`)

// narrate fills a narration with what the crowd did since before: the
// shares, posts, reactions (posts that are not shares), posts against and
// for the brand in that time, other customers' own complaints about the
// story, new likes of the brand's page, the round's totals and the minutes
// that passed. "{shares|time|times}" reads
// "1 time" or "11 times".
func (s *Session) narrate(text string, before crowd.Stats, since float64) string {
	if !strings.Contains(text, "{") {
		return text
	}
	now := s.crowd.Stats()
	counts := map[string]int{
		"shares": now.Shares - before.Shares, "posts": now.Posts - before.Posts,
		"reactions": (now.Posts - now.Shares) - (before.Posts - before.Shares),
		"negative":  now.Negative - before.Negative, "positive": now.Positive - before.Positive,
		"complaints": now.StoryComplaints - before.StoryComplaints, "likes": now.Likes - before.Likes,
		"total_shares": now.Shares, "total_posts": now.Posts,
		"minutes": int(math.Round(s.now - since)),
	}
	return narrationCount.ReplaceAllStringFunc(text, func(m string) string {
		g := narrationCount.FindStringSubmatch(m)
		n := counts[g[1]]
		num := formatCount(n, s.sc.Language)
		switch {
		case g[2] == "" && g[3] == "":
			return num
		case n == 1:
			return num + " " + g[2]
		}
		return num + " " + g[3]
	})
}

// formatCount writes a count with the language's thousands separator.
func formatCount(n int, lang string) string { return i18n.Number(n, lang) }

// everydayTalk reports whether a bystander's post is of the brand's
// everyday mentions (crowd.Event.Story false) other than another
// customer's own complaint: the talk that heat and reach leave out.
func everydayTalk(e crowd.Event) bool {
	return !e.Story && e.ActorID == "" && e.Kind != crowd.KindComplaint
}
