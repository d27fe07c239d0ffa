package studio

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// How keepComments names the elements of arrays of tables: by id, a post
// or a written choice by its text, anything else by what it holds, so a
// comment follows its element when the form reorders them, not the element
// that comes to stand at its old position.

// elementIDs names, for each [[header]] line, its element: id=ID by the
// id it sets, a post or a written choice text=TEXT by its text, any other
// element by what it holds (elementKey); "" where none can be read.
func elementIDs(raw []string) map[int]string {
	ids := map[int]string{}
	for i, text := range raw {
		t := strings.TrimSpace(text)
		if !strings.HasPrefix(t, "[[") {
			continue
		}
		name, _ := tableHeader(t)
		block := elementBlock(raw[i+1:], name)
		last := name[strings.LastIndex(name, ".")+1:]
		switch id, text := topValue(block, "id"), topValue(block, "text"); {
		case id != "":
			ids[i] = "id=" + id
		case text != "" && (last == "post" || last == "choice"):
			ids[i] = "text=" + text
		default:
			ids[i] = elementKey(block)
		}
	}
	return ids
}

// elementBlock is an element's lines after its header: up to the next
// [[header]], or the next [table] that is not one of its own.
func elementBlock(raw []string, name string) []string {
	for j, text := range raw {
		t := strings.TrimSpace(text)
		if strings.HasPrefix(t, "[[") {
			return raw[:j]
		}
		if strings.HasPrefix(t, "[") {
			if sub, _ := tableHeader(t); !strings.HasPrefix(sub, name+".") {
				return raw[:j]
			}
		}
	}
	return raw
}

// topValue is the one-line string value of key in an element's own lines
// (before any [table] of its own), or "".
func topValue(block []string, key string) string {
	for _, text := range block {
		t := strings.TrimSpace(text)
		if strings.HasPrefix(t, "[") {
			break
		}
		k, value, ok := strings.Cut(t, "=")
		if !ok || strings.TrimSpace(k) != key {
			continue
		}
		v := strings.TrimSpace(stripComment(value))
		if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' && !strings.HasPrefix(v, "'''") {
			return v[1 : len(v)-1]
		}
		if s, err := strconv.Unquote(v); err == nil {
			return s
		}
	}
	return ""
}

// keyValue is one "key = value" of an element with a value of one line: a
// string, a number, a boolean or a list of them.
var keyValue = regexp.MustCompile(`([A-Za-z0-9_]+)\s*=\s*("(?:[^"\\]|\\.)*"|\[[^\[\]]*\]|[-+0-9.eE_]+|true|false)`)

// elementKey names an element by what it holds, however the file writes
// it: its keys and one-line values, sorted, so an inline table and the
// [table] the encoder writes for it, or keys in another order, give the
// same name. "" when it holds nothing readable.
func elementKey(block []string) string {
	var pairs []string
	for _, text := range block {
		t := strings.TrimSpace(text)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "[") {
			continue
		}
		for _, m := range keyValue.FindAllStringSubmatch(stripComment(t), -1) {
			v := m[2]
			if f, err := strconv.ParseFloat(strings.ReplaceAll(v, "_", ""), 64); err == nil {
				v = strconv.FormatFloat(f, 'g', -1, 64)
			} else if strings.HasPrefix(v, "[") {
				v = strings.Join(strings.Fields(strings.ReplaceAll(strings.Trim(v, "[]"), ",", " ")), ",")
			}
			pairs = append(pairs, m[1]+"="+v)
		}
	}
	if len(pairs) == 0 {
		return ""
	}
	slices.Sort(pairs)
	sum := sha256.Sum256([]byte(strings.Join(pairs, "\n")))
	return "key=" + hex.EncodeToString(sum[:6])
}

// renames pairs each element of old that the new file does not have under
// its name (its text or content edited) with an element of the same array
// in the new file that old does not have, in their order: old path → new
// path. Outer arrays first, so an element inside a renamed one is found
// under its new parent.
func renames(old, encoded []tomlLine) map[string]string {
	out := map[string]string{}
	elems := func(lines []tomlLine, rename bool) (map[string][]string, map[string]bool) {
		byArray, has := map[string][]string{}, map[string]bool{}
		for _, l := range lines {
			if l.array == "" {
				continue
			}
			array, path := l.array, l.path
			if rename {
				array, path = renamePath(array, out), renamePath(path, out)
			}
			byArray[array] = append(byArray[array], path)
			has[path] = true
		}
		return byArray, has
	}
	deepest := 0
	for _, l := range old {
		deepest = max(deepest, strings.Count(l.array, "["))
	}
	for depth := 0; depth <= deepest; depth++ {
		oldBy, oldHas := elems(old, true)
		newBy, newHas := elems(encoded, false)
		for array, paths := range oldBy {
			if strings.Count(array, "[") != depth {
				continue
			}
			var gone, come []string
			for _, p := range paths {
				if !newHas[p] {
					gone = append(gone, p)
				}
			}
			for _, p := range newBy[array] {
				if !oldHas[p] {
					come = append(come, p)
				}
			}
			for i := range min(len(gone), len(come)) {
				out[gone[i]] = come[i]
			}
		}
	}
	return out
}

// renamePath is a path with the element it is in renamed.
func renamePath(path string, renamed map[string]string) string {
	if len(renamed) == 0 {
		return path
	}
	for i := len(path); i > 0; i-- {
		if i < len(path) && path[i] != '.' && path[i] != '[' {
			continue
		}
		if to, ok := renamed[path[:i]]; ok {
			return to + path[i:]
		}
	}
	return path
}

func renameKeys[V any](m map[string]V, renamed map[string]string) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[renamePath(k, renamed)] = v
	}
	return out
}
