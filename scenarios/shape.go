package scenarios

import "fmt"

// Limits on a scenario file's shape, checked in one pass before the file is
// decoded: a file over them is refused at once with its line, instead of
// taking the decoder (and the position scanner) minutes and gigabytes. The
// largest built-in case is about 40 KB and nests 3 deep; a case with 10,000
// decisions is under 3 MB.
const (
	MaxFileBytes = 8 << 20
	MaxNesting   = 32
)

// checkShape refuses a file that is too large or nests tables, arrays or
// dotted keys deeper than MaxNesting. It reads each byte once and knows
// just enough TOML for that: strings (basic, literal, multi-line) and
// comments do not count, and a dot counts only in a key.
func checkShape(file string, data []byte) *Problem {
	if len(data) > MaxFileBytes {
		return &Problem{File: file, Line: 1, Message: fmt.Sprintf("the file is %d bytes; a scenario file may have at most %d", len(data), MaxFileBytes)}
	}
	var stack []byte // open '[' and '{'
	line, dots := 1, 0
	inKey := true // at the start of a line, after '{' and after ',' in an inline table
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch c {
		case '\n':
			line++
			if len(stack) == 0 {
				inKey, dots = true, 0
			}
		case '#':
			for i < len(data) && data[i] != '\n' {
				i++
			}
			i-- // the newline is counted above
		case '"', '\'':
			end, lines := skipString(data, i)
			line += lines
			i = end
		case '[', '{':
			stack = append(stack, c)
			if c == '{' {
				inKey, dots = true, 0
			}
		case ']', '}':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case '=':
			inKey, dots = false, 0
		case ',':
			if len(stack) > 0 && stack[len(stack)-1] == '{' {
				inKey, dots = true, 0
			}
		case '.':
			if inKey {
				dots++
			}
		}
		if len(stack)+dots > MaxNesting {
			return &Problem{File: file, Line: line, Message: fmt.Sprintf("tables, arrays and dotted keys nest more than %d deep here", MaxNesting)}
		}
	}
	return nil
}

// skipString returns the index of the last byte of the string that starts
// at data[i], and how many newlines it holds. An unterminated string runs
// to the end: the decoder reports it.
func skipString(data []byte, i int) (end, lines int) {
	q := data[i]
	triple := i+2 < len(data) && data[i+1] == q && data[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	for ; j < len(data); j++ {
		switch c := data[j]; {
		case c == '\\' && q == '"':
			if j+1 < len(data) && data[j+1] == '\n' {
				lines++
			}
			j++
		case c == '\n':
			if !triple {
				return j - 1, lines // the line ends the string; the newline is counted by the caller
			}
			lines++
		case c == q:
			if !triple {
				return j, lines
			}
			if j+2 < len(data) && data[j+1] == q && data[j+2] == q {
				// up to two more quotes may close a multi-line string
				for j+3 < len(data) && data[j+3] == q {
					j++
				}
				return j + 2, lines
			}
		}
	}
	return len(data) - 1, lines
}
