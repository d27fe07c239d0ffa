package studio

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// export sends a case as one TOML file (?lang=nl|en) or, without lang, as
// a zip with both languages' files. It exports what is saved on disk.
func (h *Handler) export(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	doc, err := h.cfg.Folder.Open(id)
	if err != nil {
		failErr(w, r, http.StatusNotFound, errorf("no_saved_case", id))
		return
	}
	if lang := r.URL.Query().Get("lang"); lang != "" {
		c := doc.Cases[lang]
		if c == nil {
			failErr(w, r, http.StatusNotFound, errorf("no_lang_file", strings.ToUpper(lang)))
			return
		}
		w.Header().Set("Content-Type", "application/toml; charset=utf-8")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s.toml"`, id, lang))
		w.Write(h.cfg.Folder.encodeKept(c, doc.Files[lang]))
		return
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, lang := range Languages {
		if c := doc.Cases[lang]; c != nil {
			f, _ := zw.Create(id + "." + lang + ".toml")
			f.Write(h.cfg.Folder.encodeKept(c, doc.Files[lang]))
		}
	}
	zw.Close()
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.zip"`, id))
	w.Write(b.Bytes())
}

// ReadShared reads an exported case: one TOML file, or a zip of a case's
// TOML files (one per language). It returns the case by language. name is
// the file's name as the author chose it, for what is said of a file that
// does not load.
func ReadShared(name string, data []byte) (Pair, error) {
	if bytes.HasPrefix(data, []byte("PK")) {
		return readZip(data)
	}
	c, err := Decode(data)
	if err != nil {
		return nil, notLoaded(name, data, err)
	}
	return pairOf([]*Case{c})
}

// fileProblems is a shared file that does not load: its name and the
// scenario loader's problems with it (file, line, field), which the author
// reads in the page's language, as `check --lang` says them.
type fileProblems struct {
	file     string
	problems []scenarios.Problem
}

func (e fileProblems) Error() string { return e.in("en") }

func (e fileProblems) in(lang string) string {
	var each []string
	for _, p := range e.problems {
		var where []string
		if p.Line > 0 {
			where = append(where, i18n.T(lang, "studio.problem_line", p.Line))
		}
		if p.Field != "" {
			where = append(where, i18n.T(lang, "studio.problem_field", p.Field))
		}
		text := problemText(lang, p)
		if len(where) > 0 {
			text = strings.Join(where, ", ") + ": " + text
		}
		each = append(each, text)
	}
	return i18n.T(lang, "studio.error_file_not_loaded", e.file, strings.Join(each, "; "))
}

// notLoaded is why a shared file does not decode: the scenario loader's
// own problems with it, so the author learns the line and the field, not
// only the TOML reader's words.
func notLoaded(name string, data []byte, decodeErr error) error {
	if name == "" {
		name = "?"
	}
	_, problems := scenarios.Parse(name, data)
	var errs []scenarios.Problem
	for _, p := range problems {
		if !p.Warning {
			errs = append(errs, p)
		}
	}
	if len(errs) == 0 {
		return errorf("not_scenario_file", name, decodeErr)
	}
	return fileProblems{file: name, problems: errs}
}

func readZip(data []byte) (Pair, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errorf("not_zip", err)
	}
	var cases []*Case
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".toml") || strings.HasPrefix(path.Base(f.Name), ".") {
			continue
		}
		if len(cases) == 4 || f.UncompressedSize64 > maxUploadBytes {
			return nil, errorf("zip_too_much")
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, maxUploadBytes+1))
		rc.Close()
		if err != nil || len(b) > maxUploadBytes {
			return nil, errorf("zip_file_unreadable", f.Name)
		}
		c, err := Decode(b)
		if err != nil {
			return nil, notLoaded(f.Name, b, err)
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return nil, errorf("zip_no_case")
	}
	return pairOf(cases)
}

func pairOf(cases []*Case) (Pair, error) {
	p := Pair{}
	id := cases[0].ID
	for _, c := range cases {
		if c.ID != id {
			return nil, errorf("different_cases", id, c.ID)
		}
		lang := c.Language
		if lang != "en" {
			lang = "nl"
		}
		if p[lang] != nil {
			return nil, errorf("two_files", lang)
		}
		p[lang] = c
	}
	if !ValidID(id) {
		return nil, errorf("bad_id", id)
	}
	return p, nil
}

// upload reads a shared case sent as the request body (size-limited) and
// returns it for the page to open; saving it is the author's next step.
func (h *Handler) upload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
	data, err := io.ReadAll(r.Body)
	if err != nil {
		failErr(w, r, http.StatusRequestEntityTooLarge, errorf("file_too_big"))
		return
	}
	p, err := ReadShared(uploadName(r), data)
	if err != nil {
		failErr(w, r, http.StatusBadRequest, err)
		return
	}
	for _, lang := range Languages {
		if p[lang] == nil {
			for _, c := range p {
				p[lang] = skeleton(c, lang)
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": p["nl"].ID, "cases": p})
}

// uploadName is the uploaded file's name the page sends (X-Studio-File,
// URI-encoded), without its folders; "" when it sent none.
func uploadName(r *http.Request) string {
	name, err := url.PathUnescape(r.Header.Get("X-Studio-File"))
	if err != nil || name == "" || len(name) > 255 {
		return ""
	}
	return path.Base(strings.ReplaceAll(name, "\\", "/"))
}

type threadRequest struct {
	Text  string `json:"text"`
	Lang  string `json:"lang"`
	Brand string `json:"brand"`
	ID    string `json:"id"`
}

// importThread drafts a case from a pasted thread.
func (h *Handler) importThread(w http.ResponseWriter, r *http.Request) {
	var req threadRequest
	if !readJSON(w, r, maxPasteBytes, &req) {
		return
	}
	if req.ID != "" && !ValidID(req.ID) {
		failErr(w, r, http.StatusBadRequest, errorf("bad_id", req.ID))
		return
	}
	posts, err := ParseThread(req.Text)
	if err != nil {
		failErr(w, r, http.StatusUnprocessableEntity, err)
		return
	}
	p, err := FromThread(posts, ThreadOptions{Lang: req.Lang, BrandHandle: req.Brand, ID: req.ID})
	if err != nil {
		failErr(w, r, http.StatusUnprocessableEntity, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": p["nl"].ID, "cases": p, "posts": len(posts)})
}

func (h *Handler) pseudonymise(w http.ResponseWriter, r *http.Request) {
	var p Pair
	if !readJSON(w, r, maxCaseBytes, &p) {
		return
	}
	writeJSON(w, http.StatusOK, Pseudonymise(p))
}

func (h *Handler) blank(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if !ValidID(id) {
		failErr(w, r, http.StatusBadRequest, errorf("bad_id", id))
		return
	}
	if _, err := h.cfg.Folder.Open(id); err == nil {
		failErr(w, r, http.StatusConflict, errorf("exists", id))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "cases": Blank(id)})
}
