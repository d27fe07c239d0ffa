package server

import (
	"path/filepath"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// A scenario file that does not load (a trainer put a shared case in the
// scenario folder with a TOML syntax error, or a field the loader refuses)
// is left out of what the server offers, and the workshops and the other
// cases go on. The trainer must see why, not only the server's log: the
// dashboard names each such file, its line and field and what is wrong,
// in the trainer's language, with the loader's own problems (as `check`
// prints them), until the file is put right and read again.

// problemView is one problem as the dashboard shows it.
type problemView struct {
	File    string   // the file's name
	Where   []string // "regel 5", "veld difficulty"
	Message string
}

// scenarioProblems are why the scenario files the server read last did
// not load, in lang.
func (s *Server) scenarioProblems(lang string) []problemView {
	var out []problemView
	for _, p := range s.catalog().problems {
		v := problemView{File: filepath.Base(p.File), Message: i18n.CheckerText(lang, p.Format, p.Args, p.Message)}
		if p.Line > 0 {
			v.Where = append(v.Where, apiText(lang, "scenario_problem_line", p.Line))
		}
		if p.Field != "" {
			v.Where = append(v.Where, apiText(lang, "scenario_problem_field", p.Field))
		}
		out = append(out, v)
	}
	return out
}
