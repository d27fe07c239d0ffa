package studio

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// pageText is the script that gives the studio's page its words,
// STUDIO_TEXT[lang][key], made from the "studio." section of the product's
// one catalogue (assets/i18n/studio.*.toml) rather than kept in a
// dictionary of the page's own.
var pageText = makePageText()

func makePageText() []byte {
	text := map[string]map[string]string{}
	for _, lang := range i18n.Languages {
		text[lang] = i18n.Section(lang, "studio.")
	}
	var b bytes.Buffer
	b.WriteString("// Everything the studio's page says, in Dutch and English: assets/i18n/studio.*.toml.\n\"use strict\";\nvar STUDIO_TEXT = ")
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(text); err != nil {
		// Maps of strings always encode: reaching this is a broken build.
		panic(err)
	}
	b.WriteString(";\n")
	return b.Bytes()
}

// textScript serves pageText.
func (h *Handler) textScript(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	_, _ = w.Write(pageText)
}
