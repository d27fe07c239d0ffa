package studio

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// Languages the studio edits side by side, Dutch first.
var Languages = []string{"nl", "en"}

// ErrConflict is returned by Save when the files changed on disk since the
// version the author started from (edited by hand, or saved from another tab).
var ErrConflict = errors.New("the case's files changed on disk since you opened it")

// validID is what a case id may be: it names files, so no path characters.
var validID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$`)

// ValidID reports whether id can name a case's files.
func ValidID(id string) bool { return validID.MatchString(id) && !strings.Contains(id, "..") }

// Folder is a folder of scenario files, one per case and language
// (ID.LANG.toml), with each case's autosaved draft beside them
// (ID.draft.json, which the game's loader does not read).
type Folder struct {
	Dir string
	mu  sync.Mutex
}

// Summary is one case in the folder's list.
type Summary struct {
	ID      string            `json:"id"`
	Titles  map[string]string `json:"titles"`
	Files   map[string]string `json:"files"`
	Draft   bool              `json:"draft"`
	Problem string            `json:"problem,omitempty"` // a file that is not TOML
}

// Doc is a case as the studio opens it: each language's file decoded, the
// raw text of any that do not decode, the version of the files on disk and
// the autosaved draft if there is one.
type Doc struct {
	ID      string            `json:"id"`
	Cases   map[string]*Case  `json:"cases"`
	Files   map[string]string `json:"files"`
	Broken  map[string]string `json:"broken,omitempty"` // language → why the file does not open
	Version string            `json:"version"`
	Draft   *Draft            `json:"draft,omitempty"`
}

// Draft is what the author typed, autosaved every few seconds, with the
// version of the files it started from.
type Draft struct {
	Base  string           `json:"base"`
	Saved time.Time        `json:"saved"`
	Cases map[string]*Case `json:"cases"`
	// Invalid is what was typed into number fields that is not a number,
	// by "LANG:path" ("both:sla_minutes"), kept with the draft so the
	// author finds it again beside its error.
	Invalid map[string]string `json:"invalid,omitempty"`
}

// files maps each case id to its files by language, scanning the folder.
func (f *Folder) files() (map[string]map[string]string, map[string]string, error) {
	names, err := filepath.Glob(filepath.Join(f.Dir, "*.toml"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names)
	out := map[string]map[string]string{}
	broken := map[string]string{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		id, lang := headerOf(data)
		if id == "" || !ValidID(id) {
			id = strings.TrimSuffix(filepath.Base(name), ".toml")
			id = strings.TrimSuffix(strings.TrimSuffix(id, ".nl"), ".en")
			if !ValidID(id) {
				continue
			}
		}
		if lang != "nl" && lang != "en" {
			lang = langFromName(name)
		}
		if out[id] == nil {
			out[id] = map[string]string{}
		}
		if _, dup := out[id][lang]; !dup {
			out[id][lang] = name
		}
		if _, err := Decode(data); err != nil {
			broken[id] = err.Error()
		}
	}
	return out, broken, nil
}

// headerOf reads a file's id and language, even from a file that does not
// decode as a whole.
func headerOf(data []byte) (id, lang string) {
	if c, err := Decode(data); err == nil {
		return c.ID, c.Language
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			break
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.TrimSpace(k) {
		case "id":
			id = v
		case "language":
			lang = v
		}
	}
	return id, lang
}

func langFromName(name string) string {
	if strings.HasSuffix(name, ".en.toml") {
		return "en"
	}
	return "nl"
}

// List returns the cases in the folder.
func (f *Folder) List() ([]Summary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	all, broken, err := f.files()
	if err != nil {
		return nil, err
	}
	out := []Summary{}
	for id, byLang := range all {
		s := Summary{ID: id, Titles: map[string]string{}, Files: map[string]string{}, Problem: broken[id]}
		for lang, name := range byLang {
			s.Files[lang] = filepath.Base(name)
			if data, err := os.ReadFile(name); err == nil {
				if c, err := Decode(data); err == nil {
					s.Titles[lang] = c.Title
				}
			}
		}
		_, err := os.Stat(f.draftPath(id))
		s.Draft = err == nil
		out = append(out, s)
	}
	// Drafts of cases never saved are cases too.
	drafts, _ := filepath.Glob(filepath.Join(f.Dir, "*.draft.json"))
	for _, d := range drafts {
		id := strings.TrimSuffix(filepath.Base(d), ".draft.json")
		if _, ok := all[id]; ok || !ValidID(id) {
			continue
		}
		s := Summary{ID: id, Titles: map[string]string{}, Files: map[string]string{}, Draft: true}
		if dr, err := readDraft(d); err == nil {
			for lang, c := range dr.Cases {
				if c != nil {
					s.Titles[lang] = c.Title
				}
			}
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (f *Folder) draftPath(id string) string { return filepath.Join(f.Dir, id+".draft.json") }

func readDraft(path string) (*Draft, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d Draft
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return &d, nil
}

// Open reads a case: its files and its draft. A case with neither does
// not exist (os.ErrNotExist).
func (f *Folder) Open(id string) (*Doc, error) {
	if !ValidID(id) {
		return nil, errorf("bad_id", id)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.open(id)
}

func (f *Folder) open(id string) (*Doc, error) {
	all, _, err := f.files()
	if err != nil {
		return nil, err
	}
	doc := &Doc{ID: id, Cases: map[string]*Case{}, Files: map[string]string{}}
	var raw []string
	for _, lang := range Languages {
		name, ok := all[id][lang]
		if !ok {
			raw = append(raw, "")
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		raw = append(raw, string(data))
		doc.Files[lang] = filepath.Base(name)
		c, err := Decode(data)
		if err != nil {
			if doc.Broken == nil {
				doc.Broken = map[string]string{}
			}
			doc.Broken[lang] = err.Error()
			continue
		}
		doc.Cases[lang] = c
	}
	doc.Version = version(raw)
	if len(doc.Files) == 0 {
		doc.Version = "" // a case not saved yet
	}
	if d, err := readDraft(f.draftPath(id)); err == nil {
		doc.Draft = d
	}
	if len(doc.Files) == 0 && doc.Draft == nil {
		return nil, os.ErrNotExist
	}
	return doc, nil
}

// version identifies the contents of a case's files: it changes with any
// edit, by hand or by the studio, and not with a mere touch. A case with no
// files yet has the version "".
func version(raw []string) string {
	h := sha256.New()
	for _, r := range raw {
		fmt.Fprintf(h, "%d:%s", len(r), r)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Version returns the version of a case's files now ("" if unreadable).
func (f *Folder) Version(id string) string {
	doc, err := f.Open(id)
	if err != nil {
		return ""
	}
	return doc.Version
}

// SaveDraft keeps what the author typed beside the case's files.
func (f *Folder) SaveDraft(id string, d Draft) error {
	if !ValidID(id) {
		return errorf("bad_id", id)
	}
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return writeAtomic(f.draftPath(id), data)
}

// Save writes each language's case to its file (ID.LANG.toml unless the
// case already has a file), atomically, if the files are still at version
// base; then it removes the draft. A language not written yet (no title)
// gets no file. It returns the new version.
func (f *Folder) Save(id, base string, cases map[string]*Case) (string, error) {
	if !ValidID(id) {
		return "", errorf("bad_id", id)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := os.MkdirAll(f.Dir, 0o755); err != nil {
		return "", err
	}
	cur, err := f.open(id)
	switch {
	case errors.Is(err, os.ErrNotExist):
		cur = &Doc{Files: map[string]string{}}
	case err != nil:
		return "", err
	}
	if base != cur.Version {
		return "", ErrConflict
	}
	for _, lang := range Languages {
		c := cases[lang]
		if !Written(c) {
			continue
		}
		c.ID, c.Language = id, lang
		name := cur.Files[lang]
		if name == "" {
			name = id + "." + lang + ".toml"
		}
		if err := writeAtomic(filepath.Join(f.Dir, name), f.encodeKept(c, name)); err != nil {
			return "", err
		}
	}
	os.Remove(f.draftPath(id))
	doc, err := f.open(id)
	if err != nil {
		return "", err
	}
	return doc.Version, nil
}

// encodeKept is a case as its file, with the comments the author wrote in
// the folder's file name (if it has one) put back (keepComments).
func (f *Folder) encodeKept(c *Case, name string) []byte {
	data := c.Encode()
	if name == "" {
		return data
	}
	if old, err := os.ReadFile(filepath.Join(f.Dir, name)); err == nil {
		data = keepComments(old, data)
	}
	return data
}

// writeAtomic writes data to path so that a reader sees the old file or
// the new one, never half of it, and a crash right after returns keeps it:
// a temporary file in the same folder, synced, renamed over the old one,
// and the folder synced.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	ok = true
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
