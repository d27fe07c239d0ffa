package studio

import (
	"strconv"
	"strings"
)

// The TOML encoder knows nothing of comments, so a save would lose every
// comment the author wrote in the file. keepComments puts them back: each
// comment belongs to the key or table header below it (a comment at the
// end of a line, or inside a multi-line array, to that line's key), and is
// written again before the same key in the new file. A key is named by its
// full path, with an element of an array of tables named by its id when it
// has one ([[decision]] id = "d2" is decision[id=d2]), a post or a written
// choice by its text, any other element (a route, an action, a variant) by
// what it holds (comments_keys.go); so a comment follows its decision,
// post, choice or route when the form adds, removes or reorders others. An
// element whose name changed (its text edited) is found by its place among
// the elements whose names changed. A comment whose key the new file no
// longer has (its value emptied, its element deleted) goes with it.

// tomlLine is one line of a TOML file as keepComments sees it.
type tomlLine struct {
	text    string
	kind    lineKind
	path    string // header and key lines: the full path
	comment string // a comment after the value ("# …"), on a key or header line
	whole   bool   // a key's value ends on its own line
	array   string // an element's header: the path of its array of tables
}

type lineKind int

const (
	blankLine lineKind = iota
	commentLine
	headerLine
	keyLine
	valueLine // inside a multi-line value
)

// studioHeader is the first line Encode writes; it is not the author's.
const studioHeader = "# Written by the Webcare Simulator studio; edit here or in the studio (webcaresim studio)."

// keepComments returns encoded with the comments of old put back.
func keepComments(old, encoded []byte) []byte {
	before, after := map[string][]string{}, map[string]string{}
	var pending, tail []string
	var lastKey string
	for _, l := range scanTOML(string(old)) {
		switch l.kind {
		case commentLine:
			if strings.TrimSpace(l.text) != studioHeader {
				pending = append(pending, strings.TrimSpace(l.text))
			}
		case blankLine:
			if len(pending) > 0 && pending[len(pending)-1] != "" {
				pending = append(pending, "") // a paragraph within the comment stays one
			}
		case valueLine:
			if c := strings.TrimSpace(l.text); strings.HasPrefix(c, "#") {
				before[lastKey] = append(before[lastKey], c) // inside a multi-line array
			} else if l.comment != "" {
				before[lastKey] = append(before[lastKey], l.comment)
			}
		case headerLine, keyLine:
			lastKey = l.path
			if len(pending) > 0 {
				before[l.path] = append(trimBlank(pending), before[l.path]...)
				pending = nil
			}
			if l.comment != "" {
				after[l.path] = l.comment
			}
		}
	}
	tail = trimBlank(pending)
	lines := scanTOML(string(encoded))
	oldLines := scanTOML(string(old))
	renamed := renames(oldLines, lines)
	before, after = renameKeys(before, renamed), renameKeys(after, renamed)
	for i := range oldLines {
		oldLines[i].path = renamePath(oldLines[i].path, renamed)
	}
	rehome(oldLines, lines, before, after)

	var b strings.Builder
	for _, l := range lines {
		if l.kind == headerLine || l.kind == keyLine {
			indent := l.text[:len(l.text)-len(strings.TrimLeft(l.text, " \t"))]
			if cs := before[l.path]; len(cs) > 0 {
				if (l.kind == headerLine || b.String() == studioHeader+"\n") && !strings.HasSuffix(b.String(), "\n\n") {
					b.WriteString("\n")
				}
				for _, c := range cs {
					if c != "" {
						b.WriteString(indent + c)
					}
					b.WriteString("\n")
				}
				delete(before, l.path)
			}
			if c := after[l.path]; c != "" {
				if l.whole {
					b.WriteString(l.text + " " + c + "\n")
					delete(after, l.path)
					continue
				}
				b.WriteString(indent + c + "\n")
				delete(after, l.path)
			}
		}
		b.WriteString(l.text + "\n")
	}
	if len(tail) > 0 {
		b.WriteString("\n" + strings.Join(tail, "\n") + "\n")
	}
	return []byte(b.String())
}

// rehome moves the comments of a key the new file leaves out (a zero value
// the encoder omits) to the next key of the same table that it has, or
// else to its first; a comment of a table the new file no longer has at
// all (a deleted decision) goes with it.
func rehome(old, encoded []tomlLine, before map[string][]string, after map[string]string) {
	has := map[string]bool{}
	first := map[string]string{} // a table's path → its first key in the new file
	for _, l := range encoded {
		if l.kind == headerLine || l.kind == keyLine {
			has[l.path] = true
			if t := parentOf(l.path); l.kind == keyLine && first[t] == "" {
				first[t] = l.path
			}
		}
	}
	for i, l := range old {
		if l.kind != keyLine || has[l.path] || (len(before[l.path]) == 0 && after[l.path] == "") {
			continue
		}
		t := parentOf(l.path)
		if t != "" && !has[t] {
			continue
		}
		home := first[t]
		for _, n := range old[i+1:] {
			if n.kind == keyLine && parentOf(n.path) == t && has[n.path] {
				home = n.path
				break
			}
		}
		if home == "" {
			continue
		}
		moved := before[l.path]
		if c := after[l.path]; c != "" {
			moved = append(moved, c)
		}
		before[home] = append(moved, before[home]...)
		delete(before, l.path)
		delete(after, l.path)
	}
}

// parentOf is the table a key's path is in ("" for the top).
func parentOf(path string) string {
	if dot := strings.LastIndex(path, "."); dot >= 0 {
		return path[:dot]
	}
	return ""
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// scanTOML splits a TOML file into lines and names the key or table of
// each. It reads only as much TOML as naming keys needs: headers, keys,
// strings, multi-line strings and arrays, comments.
func scanTOML(data string) []tomlLine {
	raw := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	ids := elementIDs(raw)
	var out []tomlLine
	table := ""
	current := map[string]string{} // an array of tables' name → its current element's path
	count := map[string]int{}      // an array of tables' path → elements so far
	var open scanState             // a multi-line value still open
	for i, text := range raw {
		l := tomlLine{text: text}
		trimmed := strings.TrimSpace(text)
		switch {
		case open.open():
			l.kind = valueLine
			open, l.comment = open.scan(text)
		case trimmed == "":
			l.kind = blankLine
		case strings.HasPrefix(trimmed, "#"):
			l.kind = commentLine
		case strings.HasPrefix(trimmed, "["):
			l.kind = headerLine
			array := strings.HasPrefix(trimmed, "[[")
			name, rest := tableHeader(trimmed)
			l.comment = strings.TrimSpace(rest)
			parent, last := "", name
			if dot := strings.LastIndex(name, "."); dot >= 0 {
				parent, last = resolve(current, name[:dot]), name[dot+1:]
			}
			path := join(parent, last)
			if array {
				l.array = path
				elem := strconv.Itoa(count[path])
				if key := ids[i]; key != "" {
					// The same name twice in one array: the second is NAME#1.
					elem = key
					if n := count[path+"\x00"+key]; n > 0 {
						elem += "#" + strconv.Itoa(n)
					}
					count[path+"\x00"+key]++
				}
				count[path]++
				path += "[" + elem + "]"
				for k := range current {
					if strings.HasPrefix(k, name+".") {
						delete(current, k)
					}
				}
				current[name] = path
			}
			table, l.path = path, path
		default:
			key, value, ok := strings.Cut(text, "=")
			if !ok {
				l.kind = valueLine
				break
			}
			l.kind = keyLine
			l.path = join(table, strings.TrimSpace(key))
			open, l.comment = scanState{}.scan(value)
			l.whole = !open.open()
		}
		out = append(out, l)
	}
	return out
}

func stripComment(value string) string {
	_, c := scanState{}.scan(value)
	return strings.TrimSuffix(strings.TrimSpace(value), c)
}

// tableHeader reads "[a.b]" or "[[a.b]]" and what follows it.
func tableHeader(t string) (name, rest string) {
	inner := strings.TrimLeft(t, "[")
	end := strings.Index(inner, "]")
	if end < 0 {
		return strings.TrimSpace(inner), ""
	}
	rest = strings.TrimLeft(inner[end:], "]")
	return strings.ReplaceAll(strings.TrimSpace(inner[:end]), " ", ""), rest
}

// resolve is the path of a table name: its array elements by their
// current element.
func resolve(current map[string]string, name string) string {
	if p, ok := current[name]; ok {
		return p
	}
	if dot := strings.LastIndex(name, "."); dot >= 0 {
		return join(resolve(current, name[:dot]), name[dot+1:])
	}
	return name
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// scanState is where a value stands after a line: inside a multi-line
// string or how deep in brackets.
type scanState struct {
	multi string // `"""` or `'''` while inside one
	depth int    // open [ and {
}

func (s scanState) open() bool { return s.multi != "" || s.depth > 0 }

// scan reads one line of a value and returns the state after it and a
// comment at its end, if any.
func (s scanState) scan(line string) (scanState, string) {
	for i := 0; i < len(line); i++ {
		if s.multi != "" {
			if strings.HasPrefix(line[i:], s.multi) {
				i += 2
				s.multi = ""
			} else if line[i] == '\\' && s.multi == `"""` {
				i++
			}
			continue
		}
		switch c := line[i]; {
		case strings.HasPrefix(line[i:], `"""`) || strings.HasPrefix(line[i:], `'''`):
			s.multi = line[i : i+3]
			i += 2
		case c == '"' || c == '\'':
			for i++; i < len(line) && line[i] != c; i++ {
				if c == '"' && line[i] == '\\' {
					i++
				}
			}
		case c == '[' || c == '{':
			s.depth++
		case c == ']' || c == '}':
			s.depth--
		case c == '#':
			return s, strings.TrimSpace(line[i:])
		}
	}
	return s, ""
}
