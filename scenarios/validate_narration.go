package scenarios

import (
	"fmt"
	"regexp"
	"strings"
)

// NarrationCounts are the numbers an action's text can take from the
// round: "{shares}" or, with the singular and plural of the word after it,
// "{shares|time|times}". The session fills them in when the action is
// over (game/session/chatter.go): shares, posts, reactions (posts that are
// not shares), negative and positive posts, complaints (other customers
// with the same story) and likes (new likes of the brand's page) during the
// action, the round's total_shares and total_posts, and the minutes it
// took. A scripted post takes them too, counted from the round's start.
var NarrationCounts = []string{"shares", "posts", "reactions", "negative", "positive", "complaints", "likes", "total_shares", "total_posts", "minutes"}

var (
	braces = regexp.MustCompile(`\{([^{}|]*)(\|[^{}]*)?\}`)
	// fixedCounts are words that state how many when the round knows it
	fixedCounts = regexp.MustCompile(`(?i)\b(hundreds|thousands|dozens|en masse|honderden|duizenden|tientallen|massaal)\b`)
	// countedPosts are a number of the crowd's doing: "80 comments",
	// "10.000 likes"
	countedPosts = regexp.MustCompile(`(?i)\b\d[\d.,]*\s+(comments?|reactions?|replies|shares|retweets|posts|likes|people|complaints|followers|reacties|reactie|berichten|mensen|klachten|volgers)\b`)
)

// postCounts checks an ending's posts: they come after a round whose
// crowd did what it did, so a count in them is the round's ({complaints},
// {likes}, {total_posts}, ...), never a number written into the case
// ("80 comments now" beside a round with 189).
func (v *validator) postCounts(path string, posts []Post) {
	for i, p := range posts {
		pp := fmt.Sprintf("%s[%d].text", path, i+1)
		for _, m := range braces.FindAllStringSubmatch(p.Text, -1) {
			switch {
			case m[0] == "{reply}":
			case !contains(NarrationCounts, m[1]):
				v.errorf(pp, "%s is not a count; use {%s} or {reply}", m[0], strings.Join(NarrationCounts, "}, {"))
			case m[2] != "" && strings.Count(m[2], "|") != 2:
				v.errorf(pp, "%s: write {%s|singular|plural}", m[0], m[1])
			}
		}
		if w := countedPosts.FindString(p.Text); w != "" {
			v.warnf(pp, "says %q while the round knows how many: write {complaints|comment|comments} or another count (%s)", w, strings.Join(NarrationCounts, ", "))
		} else if w := fixedCounts.FindString(p.Text); w != "" {
			v.warnf(pp, "says %q while the round knows how many: write {total_posts} or another count (%s)", w, strings.Join(NarrationCounts, ", "))
		}
	}
}

// narration checks an action's text: its numbers come from the round, so
// a placeholder must be a known count, and a text that states a count in
// words ("shared hundreds of times") is warned about. A DM's text is
// published as it is written: no counts in it.
func (v *validator) narration(path string, a Action) {
	for _, m := range braces.FindAllStringSubmatch(a.Text, -1) {
		switch {
		case a.Kind == ActionDM:
			v.errorf(path, "%s: a direct message is published as written; counts belong in a wait, call or colleague text", m[0])
		case !contains(NarrationCounts, m[1]):
			v.errorf(path, "%s is not a count; use {%s}", m[0], strings.Join(NarrationCounts, "}, {"))
		case m[2] != "" && strings.Count(m[2], "|") != 2:
			v.errorf(path, "%s: write {%s|singular|plural}", m[0], m[1])
		}
	}
	if a.Kind != ActionDM {
		if w := fixedCounts.FindString(a.Text); w != "" && !strings.Contains(a.Text, "{") {
			v.warnf(path, "says %q while the round knows the number: write {shares|time|times} or another count (%s)", w, strings.Join(NarrationCounts, ", "))
		} else if w := SpreadClaim(a.Text); w != "" && !strings.Contains(a.Text, "{") {
			v.warnf(path, spreadWarning+": write {shares|time|times} or another count (%s)", w, strings.Join(NarrationCounts, ", "))
		}
	}
}

// spreadWarning is the warning about words that say the story spreads
// ("is being shared", "gaat rond"): in a round whose reply was shared
// once, the meter beside them says otherwise.
const spreadWarning = "says %q, but whether the story spreads is the round's to decide, and the meter beside the text may show a single share"

// promptCounts warns about a decision's prompt that states how many people
// reacted ("hundreds of comments on your page"): the round decides that,
// and in a round where eleven people shared the story the prompt would lie.
// A prompt is also shown in the debrief and on the trainer's dashboard,
// beside rounds with other numbers, so it takes no count: it says what is
// happening ("the comments keep coming") and the meter shows how much.
func (v *validator) promptCounts(path, prompt string) {
	if w := fixedCounts.FindString(prompt); w != "" {
		v.warnf(path, "says %q, but how many react is the round's to decide and differs from round to round; say what is happening without a number (\"the comments keep coming\"): the meter shows how much", w)
	} else if w := SpreadClaim(prompt); w != "" {
		v.warnf(path, spreadWarning+"; say what the story knows (what the customer and the actors do): the meter shows how far it goes", w)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
