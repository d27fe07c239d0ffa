package studio

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ThreadPost is one post read from a pasted thread.
type ThreadPost struct {
	Name   string
	Handle string // without @
	Minute float64
	Text   string
	timed  bool
}

// author is who wrote a post, for grouping: the handle, else the name.
func (p ThreadPost) author() string {
	if p.Handle != "" {
		return strings.ToLower(p.Handle)
	}
	return strings.ToLower(p.Name)
}

var (
	// "Name (@handle) · 11:02", "Name @handle · 2h", "@handle", with an
	// optional time after a separator.
	headerRe = regexp.MustCompile(`^(?:([^@:\n]{1,60}?)\s*)?\(?@([A-Za-z0-9_]{1,30})\)?\s*(?:[·•|–-]\s*(.{1,40}))?$`)
	// "Name @handle: text", "@handle: text", "Name: text".
	inlineRe = regexp.MustCompile(`^(?:([^@:\n]{1,60}?)\s*)?(?:\(?@([A-Za-z0-9_]{1,30})\)?)?\s*:\s+(.+)$`)
	handleRe = regexp.MustCompile(`^@([A-Za-z0-9_]{1,30})$`)
	clockRe  = regexp.MustCompile(`\b([01]?\d|2[0-3])[:.]([0-5]\d)\b`)
	agoRe    = regexp.MustCompile(`(?i)^(\d{1,3})\s*(s|sec|m|min|mins|minuten|h|u|uur|hr|hrs|d|dag|dagen|days?)\.?$`)
	countRe  = regexp.MustCompile(`^[\d.,]+\s*[KkMm]?$`)
)

// metaWords are the buttons and labels a copied thread carries between
// posts (X and Facebook, Dutch and English).
var metaWords = []string{"like", "reply", "share", "repost", "retweet", "quote", "vind ik leuk", "beantwoorden",
	"reageren", "delen", "antwoord", "show more", "meer weergeven", "translate post", "vertaal post", "views",
	"weergaven", "replying to", "antwoord aan", "als antwoord op", "edited", "bewerkt", "·"}

func isMeta(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if l == "" || countRe.MatchString(l) || agoRe.MatchString(l) {
		return true
	}
	for _, w := range metaWords {
		if l == w || strings.HasPrefix(l, w+" ·") || strings.HasPrefix(l, w+" @") || strings.HasPrefix(l, w+":") {
			return true
		}
	}
	// "Like · Reply · 2h", "Vind ik leuk · Beantwoorden · 3 u"
	if strings.Count(l, "·") >= 1 {
		for _, part := range strings.Split(l, "·") {
			part = strings.TrimSpace(part)
			if part != "" && !isMetaPart(part) {
				return false
			}
		}
		return true
	}
	return false
}

func isMetaPart(p string) bool {
	if agoRe.MatchString(p) || countRe.MatchString(p) || clockRe.MatchString(p) {
		return true
	}
	for _, w := range metaWords {
		if p == w {
			return true
		}
	}
	return false
}

// nameLike reports whether a line can be a display name on a line of its
// own: a few words, no sentence punctuation at the end.
func nameLike(line string) bool {
	if line == "" || utf8.RuneCountInString(line) > 50 || len(strings.Fields(line)) > 5 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?,:;)\"'", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || !unicode.IsLetter(first)
}

// timeOf reads a time from a header or meta line: a clock time (minutes
// since midnight, absolute) or an age ("2h": minutes ago, negative).
func timeOf(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if m := clockRe.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		return float64(h*60 + mi), true
	}
	for _, part := range strings.Split(s, "·") {
		if m := agoRe.FindStringSubmatch(strings.TrimSpace(part)); m != nil {
			n, _ := strconv.Atoi(m[1])
			unit := strings.ToLower(m[2])
			mult := 1.0
			switch unit[0] {
			case 'h', 'u':
				mult = 60
			case 'd':
				mult = 1440
			case 's':
				mult = 0
			}
			return -float64(n) * mult, true
		}
	}
	return 0, false
}

// ParseThread reads a thread pasted from X or Facebook (scenarios/README.md
// documents the forms it understands). It returns the posts in order, or
// an error that says what it needs.
func ParseThread(text string) ([]ThreadPost, error) {
	r := threadReader{lines: strings.Split(cleanPaste(text), "\n")}
	r.read()
	return finishThread(r.posts)
}

// cleanPaste makes pasted text valid UTF-8 with "\n" line ends and no
// control characters but tabs.
func cleanPaste(text string) string {
	text = strings.ToValidUTF8(text, "")
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, text)
}

// threadReader reads a pasted thread line by line into posts.
type threadReader struct {
	lines []string
	posts []ThreadPost
	cur   *ThreadPost // the post being read, nil before the first
}

// start begins a new post.
func (r *threadReader) start(p ThreadPost) {
	r.posts = append(r.posts, p)
	r.cur = &r.posts[len(r.posts)-1]
}

func (r *threadReader) read() {
	blankBefore := true
	for i := 0; i < len(r.lines); i++ {
		line := strings.TrimSpace(r.lines[i])
		if line == "" {
			blankBefore = true
			continue
		}
		wasBlank := blankBefore
		blankBefore = false
		i = r.readLine(i, line, wasBlank)
	}
}

// readLine reads line i (trimmed: line; after a blank line: wasBlank) as a
// post's header, its time or its text, and returns the index of the last
// line it used.
func (r *threadReader) readLine(i int, line string, wasBlank bool) int {
	next := nextLine(r.lines, i)
	switch {
	case nameLike(line) && handleRe.MatchString(next.text):
		// X: the name, then "@handle", then "·" and the time.
		r.start(ThreadPost{Name: line, Handle: handleRe.FindStringSubmatch(next.text)[1]})
		return r.readXTime(next.index)
	case headerRe.MatchString(line) && headerName(headerRe.FindStringSubmatch(line)[1]) || handleRe.MatchString(line):
		m := headerRe.FindStringSubmatch(line)
		p := ThreadPost{Name: strings.TrimSpace(m[1]), Handle: m[2]}
		if m[3] != "" {
			p.Minute, p.timed = timeOf(m[3])
		}
		r.start(p)
	case inlineRe.MatchString(line) && (wasBlank || r.cur == nil || strings.HasPrefix(line, "@")) && inlineHeader(line):
		m := inlineRe.FindStringSubmatch(line)
		r.start(ThreadPost{Name: strings.TrimSpace(m[1]), Handle: m[2], Text: m[3]})
	case isMeta(line):
		if r.cur != nil {
			if t, ok := timeOf(line); ok && !r.cur.timed {
				r.cur.Minute, r.cur.timed = t, true
			}
		}
	case wasBlank && nameLike(line) && next.text != "" && !next.blank && !isMeta(next.text):
		// Facebook: the name on its own line, the text below it.
		r.start(ThreadPost{Name: line})
	default:
		if r.cur == nil {
			r.start(ThreadPost{})
		}
		if r.cur.Text != "" {
			r.cur.Text += "\n"
		}
		r.cur.Text += line
	}
	return i
}

// readXTime reads the "·" and the time below an X header whose handle is
// on line i, and returns the index of the last line it used.
func (r *threadReader) readXTime(i int) int {
	for j := i + 1; j < len(r.lines); j++ {
		l := strings.TrimSpace(r.lines[j])
		if l == "" || l == "·" {
			i = j
			continue
		}
		if t, ok := timeOf(l); ok && utf8.RuneCountInString(l) <= 20 {
			r.cur.Minute, r.cur.timed = t, true
			i = j
		}
		break
	}
	return i
}

// finishThread keeps the posts with text and puts them on one timeline, or
// says why the paste cannot be a case.
func finishThread(posts []ThreadPost) ([]ThreadPost, error) {
	var out []ThreadPost
	for _, p := range posts {
		p.Text = strings.TrimSpace(p.Text)
		if p.Text != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, errorf("no_posts")
	}
	if len(out) > 200 {
		return nil, errorf("too_many_posts", len(out))
	}
	timeline(out)
	return out, nil
}

// particles are the lower-case words a name may have ("Dorien de Boef").
var particles = map[string]bool{"de": true, "van": true, "der": true, "den": true, "ter": true, "ten": true,
	"het": true, "'t": true, "la": true, "le": true, "von": true, "di": true, "da": true, "du": true, "op": true}

// headerName reports whether the text before a handle on a header line is
// a display name: each word capitalised or a particle ("Thanks to @x" is a
// sentence, "Dorien de Boef @dorien" a header).
func headerName(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return true
	}
	if !nameLike(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !particles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// inlineHeader tells "Dorien: text" from a sentence with a colon in it:
// the part before the colon is a handle or a short name.
func inlineHeader(line string) bool {
	m := inlineRe.FindStringSubmatch(line)
	if m[2] != "" {
		return true
	}
	return strings.TrimSpace(m[1]) != "" && headerName(m[1]) && len(strings.Fields(m[1])) <= 3
}

type lineAt struct {
	text  string
	index int
	blank bool // a blank line came before it
}

func nextLine(lines []string, i int) lineAt {
	blank := false
	for j := i + 1; j < len(lines); j++ {
		if l := strings.TrimSpace(lines[j]); l != "" {
			return lineAt{l, j, blank}
		}
		blank = true
	}
	return lineAt{}
}

// timeline turns the posts' times into scenario minutes from the first
// post: clock times as they are (past midnight counts on), ages ("2h")
// from the oldest, untimed posts two minutes after the one before; never
// going back in time.
func timeline(posts []ThreadPost) {
	first, oldest := -1.0, 0.0
	for _, p := range posts {
		if p.timed && p.Minute < oldest {
			oldest = p.Minute
		}
	}
	prev := 0.0
	for i := range posts {
		p := &posts[i]
		t := prev + 2
		if i == 0 {
			t = 0
		}
		if p.timed {
			if p.Minute < 0 { // an age
				t = p.Minute - oldest
			} else {
				if first < 0 {
					first = p.Minute
				}
				t = p.Minute - first
				if t < 0 {
					t += 1440
				}
			}
		}
		if t < prev {
			t = prev
		}
		p.Minute = t
		prev = t
	}
}
