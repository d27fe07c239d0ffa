package studio

import (
	"errors"
	"net/http"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// pageError is a refusal the author reads on the page: a catalogue key of
// the studio's ("studio.error_…") and its values, so the server says it in
// the page's language. The page names its language in the X-Studio-Lang
// header; what is checked or refused is decided here all the same.
type pageError struct {
	key  string
	args []any
}

func errorf(key string, args ...any) error { return pageError{key: key, args: args} }

// Error is the English text, for logs and callers without a page.
func (e pageError) Error() string { return e.in("en") }

func (e pageError) in(lang string) string { return i18n.T(lang, "studio.error_"+e.key, e.args...) }

// pageLang is the language the requesting page shows: nl or en. A fetch
// names it in X-Studio-Lang; a link the author follows (an export, a
// try-out) in ?ui=; else the browser's first choice, else English.
func pageLang(r *http.Request) string {
	if l := r.Header.Get("X-Studio-Lang"); l == "nl" || l == "en" {
		return l
	}
	if l := r.URL.Query().Get("ui"); l == "nl" || l == "en" {
		return l
	}
	if strings.HasPrefix(strings.ToLower(r.Header.Get("Accept-Language")), "nl") {
		return "nl"
	}
	return "en"
}

// failErr refuses a request with err, in the page's language when it is a
// pageError or another error that can say itself in a language
// (fileProblems).
func failErr(w http.ResponseWriter, r *http.Request, status int, err error) {
	var pe interface{ in(lang string) string }
	if errors.As(err, &pe) {
		fail(w, status, pe.in(pageLang(r)))
		return
	}
	fail(w, status, err.Error())
}
