package server

import (
	"net/http"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// messages are the pages' texts in Dutch and English: the "web." section
// of the product's message catalogues (assets/i18n), which the window and
// the browser player read too.
var messages = map[string]map[string]string{"nl": i18n.Section("nl", "web."), "en": i18n.Section("en", "web.")}

// pageLang picks the language of a page: ?lang= (remembered in a cookie),
// the cookie, the browser's first choice, else Dutch.
func pageLang(w http.ResponseWriter, r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "nl" || l == "en" {
		http.SetCookie(w, &http.Cookie{Name: "lang", Value: l, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteStrictMode, HttpOnly: true})
		return l
	}
	if c, err := r.Cookie("lang"); err == nil && (c.Value == "nl" || c.Value == "en") {
		return c.Value
	}
	if strings.HasPrefix(strings.ToLower(r.Header.Get("Accept-Language")), "en") {
		return "en"
	}
	return "nl"
}

// liveLang is the language of a polled live part (dashboard, projector):
// the language of the page that polls, which it names in its poll, else as
// pageLang. The poll does not set the cookie: with the dashboard in Dutch
// and the projector in English open in two tabs, each part stays in its
// page's language, and the polls do not switch the next page's.
func liveLang(w http.ResponseWriter, r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "nl" || l == "en" {
		return l
	}
	return pageLang(w, r)
}

// apiText is a message of the API that a trainee reads (the game shows it
// after "the server refuses:"), in the trainee's language.
func apiText(lang, key string, args ...any) string { return i18n.T(lang, "web."+key, args...) }

// requestLang is the language of a request that names no trainee: the
// browser's first choice (the browser game's requests carry it), else
// Dutch.
func requestLang(r *http.Request) string {
	if strings.HasPrefix(strings.ToLower(r.Header.Get("Accept-Language")), "en") {
		return "en"
	}
	return "nl"
}
