package server

import (
	"net/http"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// refuse answers a request that a trainer (or a trainee) reads as a page,
// a link or a form, not as JSON, with a plain sentence in the language of
// the page that asked (web.refuse_KEY): the trainer's login, the forms of
// the dashboard, the exports. A status alone, or an English one, was what
// a Dutch trainer met when a form was refused.
func refuse(w http.ResponseWriter, r *http.Request, status int, key string, args ...any) {
	http.Error(w, i18n.T(refusalLang(r), "web.refuse_"+key, args...), status)
}

// refusalLang is pageLang without setting the cookie: ?lang=, the cookie,
// the browser's first choice, else Dutch.
func refusalLang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "nl" || l == "en" {
		return l
	}
	if c, err := r.Cookie("lang"); err == nil && (c.Value == "nl" || c.Value == "en") {
		return c.Value
	}
	return requestLang(r)
}

// inBothLanguages is a refusal where no request tells the page's
// language: Dutch, then English.
func inBothLanguages(key string, args ...any) string {
	return i18n.T("nl", "web.refuse_"+key, args...) + "\n" + i18n.T("en", "web.refuse_"+key, args...)
}
