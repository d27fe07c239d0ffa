// Package tomlpos finds where the keys of a TOML file are written and
// names a problem in such a file by file, line and field. The scenario
// loader and the rubric loader share it, so that an author's mistake reads
// the same in both: "FILE:LINE: field: problem".
package tomlpos

import (
	"fmt"
	"strconv"
	"strings"
)

// Problem is one thing wrong in a file a person wrote, printed as
// "FILE:LINE: field: problem".
type Problem struct {
	File    string
	Line    int // 0: the problem has no line of its own
	Field   string
	Message string
	// Warning problems are reported but do not stop the file from loading.
	Warning bool
	// Format and Args are what Message was made from, so that a face can
	// say it in another language (the studio's checker messages in Dutch,
	// assets/i18n/checker.*.toml); Format is empty for a message that was
	// not formatted by the validator (a TOML syntax error).
	Format string `json:"-"`
	Args   []any  `json:"-"`
}

func (p Problem) String() string {
	field := p.Field
	if field == "" {
		field = "file"
	}
	msg := p.Message
	if p.Warning {
		msg = "warning: " + msg
	}
	if p.Line <= 0 {
		return fmt.Sprintf("%s: %s: %s", p.File, field, msg)
	}
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, field, msg)
}

// Positions maps the keys of a TOML file to the lines they are written on,
// so that a validator can name the line of a field that is wrong. The TOML
// decoder reports positions for syntax and type errors only; this small
// scanner covers the rest. Paths use 1-based indices for arrays of tables:
// "decision[2].choice[1].next".
type Positions struct {
	lines map[string]int   // indexed path -> line
	plain map[string][]int // path without indices ("decision.choice.next") -> lines
	text  []string         // the file's lines
}

// Exact is the line of an indexed path, 0 when it is not written.
func (p Positions) Exact(path string) int { return p.lines[path] }

// Lines lists the lines of a path without indices ("feature.labl"), the
// form the TOML decoder names an unknown key in.
func (p Positions) Lines(plain string) []int { return p.plain[PlainPath(plain)] }

// Find returns the first line in from..to (inclusive, 1-based; to <= 0 for
// the end of the file) that contains one of needles, or 0.
func (p Positions) Find(from, to int, needles ...string) int {
	if from < 1 {
		return 0
	}
	if to <= 0 || to > len(p.text) {
		to = len(p.text)
	}
	for ln := from; ln <= to; ln++ {
		for _, n := range needles {
			if strings.Contains(p.text[ln-1], n) {
				return ln
			}
		}
	}
	return 0
}

// Line is the line of an indexed path, or of the nearest enclosing table
// that is written, or 0.
func (p Positions) Line(path string) int {
	if l, ok := p.lines[path]; ok {
		return l
	}
	// Fall back to the nearest enclosing table that is known.
	for {
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			return 0
		}
		path = path[:i]
		if l, ok := p.lines[path]; ok {
			return l
		}
	}
}

// Scan reads the keys of a TOML file and the lines they are on.
func Scan(data string) Positions {
	lines := strings.Split(data, "\n")
	p := Positions{lines: map[string]int{}, plain: map[string][]int{}, text: lines}
	counts := map[string]int{} // indexed array path -> number of elements seen
	table := ""                // indexed path of the current table
	for i := 0; i < len(lines); i++ {
		ln := i + 1
		line := strings.TrimSpace(stripComment(lines[i]))
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[[") && strings.HasSuffix(line, "]]") {
			name := strings.TrimSpace(line[2 : len(line)-2])
			parent := indexedParent(name, table)
			counts[parent]++
			table = parent + "[" + strconv.Itoa(counts[parent]) + "]"
			p.add(table, name, ln)
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			name := strings.TrimSpace(line[1 : len(line)-1])
			table = indexedParent(name, table)
			p.add(table, name, ln)
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq <= 0 {
			continue
		}
		key := strings.Trim(strings.TrimSpace(line[:eq]), `"`)
		full := join(table, key)
		p.add(full, PlainPath(full), ln)
		value := strings.TrimSpace(line[eq+1:])
		if strings.HasPrefix(value, "{") {
			for _, sub := range inlineKeys(value) {
				p.add(full+"."+sub, PlainPath(full+"."+sub), ln)
			}
		}
		// Skip the continuation lines of multi-line strings and arrays.
		for _, q := range []string{`"""`, `'''`} {
			if strings.HasPrefix(value, q) && strings.Count(value, q) == 1 {
				for i+1 < len(lines) && !strings.Contains(lines[i+1], q) {
					i++
				}
				i++
			}
		}
		if depth := bracketDepth(value); depth > 0 {
			for i+1 < len(lines) && depth > 0 {
				i++
				depth += bracketDepth(lines[i])
			}
		}
	}
	return p
}

func (p Positions) add(indexed, plain string, line int) {
	if _, ok := p.lines[indexed]; !ok {
		p.lines[indexed] = line
	}
	p.plain[PlainPath(plain)] = append(p.plain[PlainPath(plain)], line)
}

// indexedParent turns a header name like "decision.choice" into an indexed
// path under the current table: "decision[2].choice".
func indexedParent(name, current string) string {
	parts := strings.Split(name, ".")
	curParts := strings.Split(current, ".")
	out := make([]string, 0, len(parts))
	for i, part := range parts {
		part = strings.Trim(strings.TrimSpace(part), `"`)
		if i < len(parts)-1 && i < len(curParts) && PlainPath(curParts[i]) == part {
			out = append(out, curParts[i])
			continue
		}
		out = append(out, part)
	}
	return strings.Join(out, ".")
}

// PlainPath drops the indices of a path: "decision[2].next" -> "decision.next".
func PlainPath(path string) string {
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func join(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

func inlineKeys(v string) []string {
	var keys []string
	inStr := false
	start := 1
	for i := 1; i < len(v); i++ {
		switch c := v[i]; {
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '=':
			keys = append(keys, strings.Trim(strings.TrimSpace(v[start:i]), `"`))
		case c == ',':
			start = i + 1
		}
	}
	return keys
}

func bracketDepth(s string) int {
	depth, inStr := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && inStr:
			i++
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '#':
			return depth
		case c == '[':
			depth++
		case c == ']':
			depth--
		}
	}
	return depth
}

func stripComment(s string) string {
	inStr := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && inStr:
			i++
		case c == '"':
			inStr = !inStr
		case c == '#' && !inStr:
			return s[:i]
		}
	}
	return s
}
