package scoring

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Compiling a pattern of the language described in pattern.go.

// compilePattern parses one pattern of the language lang.
func compilePattern(src, lang string) (*pattern, error) {
	p := &pattern{src: src, feature: -1}
	trimmed := strings.TrimSpace(src)
	if trimmed == "" {
		return nil, patternErrorf("empty pattern")
	}
	if rest, ok := strings.CutPrefix(trimmed, "re:"); ok {
		re, err := compileRegex(rest)
		if err != nil {
			return nil, err
		}
		p.re = re
		return p, nil
	}
	if err := checkChoices(trimmed); err != nil {
		return nil, err
	}
	fields := splitPattern(trimmed)
	if len(fields) > 0 && fields[0] == "<" {
		p.atStart = true
		fields = fields[1:]
	}
	if n := len(fields); n > 0 && fields[n-1] == "?" {
		p.question = true
		fields = fields[:n-1]
	}
	if n := len(fields); n > 0 && fields[n-1] == ">" {
		p.atEnd = true
		fields = fields[:n-1]
	}
	if err := phraseInAlternative(fields); err != nil {
		return nil, inPattern(src, err)
	}
	if err := p.compileFields(src, fields, lang); err != nil {
		return nil, err
	}
	// Gaps at the ends mean nothing, but for a gap before ">": the phrase
	// runs on to the end of its sentence ("hopen dat * >": the whole wish).
	// A pattern must hold something to find.
	p.toEnd = p.atEnd && len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == pGap
	for len(p.toks) > 0 && p.toks[0].kind == pGap {
		p.toks = p.toks[1:]
	}
	for len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == pGap {
		p.toks = p.toks[:len(p.toks)-1]
	}
	if len(p.toks) == 0 {
		return nil, patternErrorf("%q: nothing to match", src)
	}
	if p.toks[0].kind == pBoundary {
		return nil, patternErrorf("%q: a pattern cannot start with a sentence end", src)
	}
	markReaderGaps(p.toks)
	p.setRequirements()
	return p, nil
}

// compileRegex compiles an expert's regular expression; one that is empty
// or matches the empty text would find something everywhere.
func compileRegex(rest string) (*regexp.Regexp, error) {
	if strings.TrimSpace(rest) == "" {
		return nil, fmt.Errorf("empty regular expression")
	}
	re, err := regexp.Compile(rest)
	if err != nil {
		return nil, fmt.Errorf("regular expression %q: %v", rest, err)
	}
	if re.MatchString("") {
		return nil, fmt.Errorf("regular expression %q matches the empty text", rest)
	}
	return re, nil
}

// splitPattern splits on spaces and separates symbols from words, dropping
// punctuation that the matcher skips anyway (commas, colons, quotes).
func splitPattern(s string) []string {
	var out []string
	// A chunk of symbols only (";)", ":-)") is an emoticon: every symbol
	// is literal.
	for _, chunk := range strings.Fields(s) {
		if strings.IndexFunc(chunk, func(r rune) bool { return isWordRune(r) || r == '*' || r == '_' }) < 0 && len([]rune(chunk)) > 1 {
			for _, r := range chunk {
				out = append(out, string(r))
			}
			continue
		}
		out = append(out, splitChunk(chunk)...)
	}
	return out
}

func splitChunk(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			flush()
		case isWordRune(r) || r == '*' || r == '|' || r == '_' || r == '=' || isApostrophe(r):
			cur.WriteRune(r)
		case r == ',' || r == ';' || r == ':' || r == '"' || r == '“' || r == '”' || r == '(' || r == ')':
			flush()
		default:
			flush()
			out = append(out, string(r))
		}
	}
	flush()
	return out
}

func compileWord(f, lang string) (ptok, error) {
	if strings.Contains(f, "|") {
		var t ptok
		t.kind = pAlt
		for _, a := range strings.Split(f, "|") {
			if a == "" {
				return t, patternErrorf("empty alternative in %q", f)
			}
			at, err := compileWord(a, lang)
			if err != nil {
				return t, err
			}
			if at.kind == pGap || at.kind == pOne {
				return t, patternErrorf("%q: a wildcard cannot be an alternative", f)
			}
			t.alts = append(t.alts, at)
		}
		t.plain = true
		for _, a := range t.alts {
			switch a.kind {
			case pStem:
				t.altStems |= 1 << (a.h & 63)
			case pExact:
				t.altForms |= 1 << (a.h & 63)
			default:
				t.plain = false
			}
		}
		return t, nil
	}
	if rest, ok := strings.CutPrefix(f, "="); ok {
		if rest == "" || strings.ContainsAny(rest, "*=") {
			return ptok{}, patternErrorf("bad exact word %q", f)
		}
		s := foldString(normApos(rest))
		return ptok{kind: pExact, s: s, h: fnv32([]byte(s))}, nil
	}
	star0 := strings.HasPrefix(f, "*")
	star1 := strings.HasSuffix(f, "*")
	core := strings.Trim(f, "*")
	if core == "" || strings.ContainsAny(core, "*=") {
		return ptok{}, patternErrorf("bad wildcard %q: use * at the start or end of a word, or alone", f)
	}
	core = foldString(normApos(core))
	switch {
	case star0 && star1:
		return ptok{kind: pContains, s: core, b: []byte(core)}, nil
	case star0:
		return ptok{kind: pSuffix, s: core}, nil
	case star1:
		return ptok{kind: pPrefix, s: core}, nil
	}
	stem := stemString(core, lang)
	return ptok{kind: pStem, s: stem, h: fnv32([]byte(stem))}, nil
}

func normApos(s string) string {
	return strings.Map(func(r rune) rune {
		if isApostrophe(r) {
			return '\''
		}
		return r
	}, s)
}

// checkChoices refuses a word choice with punctuation in it. A choice is
// split at punctuation like any other chunk: "in-depth|detailed analysis"
// would read as "in - depth|detailed analysis" and match only "in-depth".
// Such a choice must be written as patterns of their own.
func checkChoices(trimmed string) error {
	for _, chunk := range strings.Fields(trimmed) {
		if strings.Contains(chunk, "|") && strings.IndexFunc(chunk, func(r rune) bool {
			return !(isWordRune(r) || r == '*' || r == '|' || r == '_' || r == '=' || isApostrophe(r))
		}) >= 0 {
			return patternErrorf("%q: a word with punctuation in it (a hyphen) cannot be one of a choice; write it as a pattern of its own", chunk)
		}
	}
	return nil
}

// compileFields turns a pattern's fields (split, with its anchors taken
// off) into the tokens the matcher walks.
func (p *pattern) compileFields(src string, fields []string, lang string) error {
	for _, f := range fields {
		switch f {
		case "*":
			p.toks = append(p.toks, ptok{kind: pGap})
			continue
		case "_":
			p.toks = append(p.toks, ptok{kind: pOne})
			continue
		case ".", "!", "?", "…":
			p.toks = append(p.toks, ptok{kind: pBoundary})
			continue
		case "<", ">":
			return patternErrorf("%q: %q may only stand first (<) or last (>)", src, f)
		}
		r, size := utf8.DecodeRuneInString(f)
		if size == len(f) && !isWordRune(r) && r != '*' && r != '=' && r != '|' { // a bare | is an empty alternative
			p.toks = append(p.toks, ptok{kind: pPunct, r: foldPunct(r)})
			continue
		}
		t, err := compileWord(f, lang)
		if err != nil {
			return inPattern(src, err)
		}
		p.toks = append(p.toks, t)
	}
	return nil
}
