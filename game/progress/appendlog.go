package progress

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"time"
)

// The attempt store and the round checkpoints (checkpoint.go) are both
// append-only JSON Lines files and share one write path: a record is one
// write(2) on a file opened with O_APPEND, then fsync; a file whose last
// line was torn by a crash has that line moved aside before anything is
// appended. What survives kill -9 for finished attempts survives it for
// the steps of a round in progress the same way.

// appendSynced appends buf (whole records, each ending in a newline) to f,
// which is start bytes long, in one write, and returns once it is fsynced.
// A write cut short by an error (a full disk) is taken back, so the file
// keeps ending on a complete line.
func appendSynced(f *os.File, path string, start int64, buf []byte) error {
	if n, err := f.Write(buf); err != nil {
		if n > 0 {
			_ = os.Truncate(path, start)
		}
		return err
	}
	return syncFile(f)
}

// repairTornTail makes the file end with a complete line. A last line
// without its newline that whole accepts is a record that reached the
// disk but for its newline, and gets one; any other last line is torn: it
// is moved into path.torn-TIME-PID (never deleted) and the file is cut back
// to where that line began. It returns the side file ("" when nothing was
// moved) and where the torn line began.
func repairTornTail(f *os.File, path, dir string, whole func([]byte) bool) (side string, start int64, err error) {
	st, err := f.Stat()
	if err != nil {
		return "", 0, err
	}
	size := st.Size()
	if size == 0 {
		return "", 0, nil
	}
	var last [1]byte
	if _, err := f.ReadAt(last[:], size-1); err != nil {
		return "", 0, err
	}
	if last[0] == '\n' {
		return "", size, nil
	}
	start, err = lastLineStart(f, size)
	if err != nil {
		return "", 0, err
	}
	tail := make([]byte, size-start)
	if _, err := f.ReadAt(tail, start); err != nil {
		return "", 0, err
	}
	if whole(tail) {
		// The whole record reached the disk; only the newline did not.
		if _, err := f.Write([]byte{'\n'}); err != nil {
			return "", 0, err
		}
		return "", size + 1, syncFile(f)
	}
	side = fmt.Sprintf("%s.torn-%s-%d", path, time.Now().UTC().Format("20060102T150405.000000000Z"), os.Getpid())
	if err := writeNew(side, tail); err != nil {
		return "", 0, fmt.Errorf("move the torn record aside: %w", err)
	}
	syncDir(dir)
	if err := os.Truncate(path, start); err != nil {
		return "", 0, err
	}
	if err := syncFile(f); err != nil {
		return "", 0, err
	}
	return side, start, nil
}

// lastLineStart finds the offset just after the last newline before size.
func lastLineStart(f *os.File, size int64) (int64, error) {
	const chunk = 64 << 10
	buf := make([]byte, chunk)
	for end := size; end > 0; {
		begin := max(end-chunk, 0)
		b := buf[:end-begin]
		if _, err := f.ReadAt(b, begin); err != nil && err != io.EOF {
			return 0, err
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return begin + int64(i) + 1, nil
		}
		end = begin
	}
	return 0, nil
}

// writeNew writes a new file and syncs it.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := syncFile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
