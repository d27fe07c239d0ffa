package scenarios

import (
	"fmt"
	"strconv"
	"strings"
)

// Duration is a span of scenario time in minutes. In a file it is written as
// a string of days, hours and minutes ("3m", "1h30m", "1d2h") or as a whole
// number of minutes.
type Duration float64

// Minutes returns the duration in scenario minutes.
func (d Duration) Minutes() float64 { return float64(d) }

// UnmarshalTOML implements toml.Unmarshaler.
func (d *Duration) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64:
		*d = Duration(x)
		return nil
	case float64:
		*d = Duration(x)
		return nil
	case string:
		m, err := ParseDuration(x)
		if err != nil {
			return err
		}
		*d = Duration(m)
		return nil
	}
	return fmt.Errorf("want a time like \"3m\", \"1h30m\" or \"1d\", got %v", v)
}

// MarshalText writes the duration back in the file's notation.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// String formats the duration as days, hours and minutes ("1d2h5m").
func (d Duration) String() string {
	m := int(d)
	if m == 0 {
		return "0m"
	}
	var b strings.Builder
	if m >= 1440 {
		fmt.Fprintf(&b, "%dd", m/1440)
		m %= 1440
	}
	if m >= 60 {
		fmt.Fprintf(&b, "%dh", m/60)
		m %= 60
	}
	if m > 0 {
		fmt.Fprintf(&b, "%dm", m)
	}
	return b.String()
}

// ParseDuration reads "90", "3m", "1h30m", "2d" or "1d2h5m" as minutes.
func ParseDuration(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("empty time; write e.g. \"5m\"")
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		if n < 0 {
			return 0, fmt.Errorf("time %q is negative", s)
		}
		return n, nil
	}
	total, num := 0.0, ""
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r == '.':
			num += string(r)
		case r == 'd' || r == 'h' || r == 'm':
			if num == "" {
				return 0, fmt.Errorf("time %q: a number must come before %q", s, r)
			}
			n, err := strconv.ParseFloat(num, 64)
			if err != nil {
				return 0, fmt.Errorf("time %q: %v", s, err)
			}
			total += n * map[rune]float64{'d': 1440, 'h': 60, 'm': 1}[r]
			num = ""
		default:
			return 0, fmt.Errorf("time %q: unknown unit %q (use d, h, m)", s, r)
		}
	}
	if num != "" {
		return 0, fmt.Errorf("time %q ends without a unit (d, h or m)", s)
	}
	return total, nil
}
