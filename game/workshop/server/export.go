package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// Exports stream: the results go from the database to the network one at
// a time, so an export of any size needs the memory of one result, and
// the write deadline moves on with every piece written, so a valid export
// is never cut for taking long while a client that stops reading is still
// let go. The results come in the order the server received them.

// exportIdle is how long a client may leave an export unread.
const exportIdle = 30 * time.Second

// exportName is the file name of a workshop's export, or "" (and a 404
// answered) for a workshop that does not exist.
func (s *Server) exportName(w http.ResponseWriter, r *http.Request) string {
	code := r.PathValue("code")
	s.hub.mu.RLock()
	_, ok := s.hub.ws[code]
	s.hub.mu.RUnlock()
	if !ok {
		refuse(w, r, http.StatusNotFound, "no_workshop")
		return ""
	}
	return "webcaresim-" + code + "-" + s.now().Format("20060102-1504")
}

// deadlineWriter moves the connection's write deadline on before each
// write.
type deadlineWriter struct {
	w  http.ResponseWriter
	rc *http.ResponseController
}

func (d deadlineWriter) Write(p []byte) (int, error) {
	d.rc.SetWriteDeadline(time.Now().Add(exportIdle))
	return d.w.Write(p)
}

func (s *Server) streamExport(w http.ResponseWriter, r *http.Request, ctype, ext string, head, sep, tail []byte, each func(*bufio.Writer, progress.Attempt) error) {
	name := s.exportName(w, r)
	if name == "" {
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+ext+`"`)
	bw := bufio.NewWriterSize(deadlineWriter{w, http.NewResponseController(w)}, 64<<10)
	bw.Write(head)
	first := true
	err := s.st.EachResult(r.Context(), r.PathValue("code"), func(x store.Result) error {
		if !first {
			bw.Write(sep)
		}
		first = false
		return each(bw, x.Attempt)
	})
	if err != nil {
		// The status is sent: all that is left is to end the response
		// short, so the file is visibly broken rather than quietly short.
		if !errors.Is(err, r.Context().Err()) {
			s.log.Error("export", "err", err)
		}
		panic(http.ErrAbortHandler)
	}
	bw.Write(tail)
	bw.Flush()
}

func (s *Server) exportCSV(w http.ResponseWriter, r *http.Request) {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		loc = time.Local
	}
	var head bytes.Buffer
	progress.WriteCSV(&head, nil, loc) // the header row alone
	var row bytes.Buffer
	s.streamExport(w, r, "text/csv; charset=utf-8", ".csv", head.Bytes(), nil, nil, func(bw *bufio.Writer, a progress.Attempt) error {
		row.Reset()
		if err := progress.WriteCSV(&row, []progress.Attempt{a}, loc); err != nil {
			return err
		}
		_, err := bw.Write(row.Bytes()[head.Len():]) // the row without the header
		return err
	})
}

// workshopExport is progress.Export with the workshop's control log (who
// steered when), which "results import" passes over.
type workshopExport struct {
	Format     string             `json:"format"`
	Version    int                `json:"version"`
	Exported   time.Time          `json:"exported"`
	ControlLog []controlLogEntry  `json:"control_log"`
	Attempts   []progress.Attempt `json:"attempts"`
}

func (s *Server) exportJSON(w http.ResponseWriter, r *http.Request) {
	log, err := s.controlLogExport(r.Context(), r.PathValue("code"), pageLang(w, r))
	if err != nil {
		s.storeFailed(w, r, "control log", err)
		return
	}
	// The envelope, written around the attempts.
	env, _ := json.Marshal(workshopExport{Format: progress.ExportFormat, Version: progress.FormatVersion, Exported: s.now().UTC(),
		ControlLog: log, Attempts: []progress.Attempt{}})
	head := append(bytes.TrimSuffix(env, []byte("[]}")), "[\n"...)
	s.streamExport(w, r, "application/json; charset=utf-8", ".json", head, []byte(",\n"), []byte("\n]}\n"), func(bw *bufio.Writer, a progress.Attempt) error {
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return enc.Encode(progress.ForExport(a)) // a round left early has no grade
	})
}
