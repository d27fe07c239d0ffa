package game

import (
	"fmt"
	"sort"

	"github.com/BurntSushi/toml"
	"github.com/webcaresim/webcaresim/assets"
)

// Languages the window speaks, in the order the title screen offers them.
var Languages = []string{"nl", "en"}

// catalog is the window's messages in one language, by key.
type catalog map[string]string

var catalogs = loadCatalogs()

func loadCatalogs() map[string]catalog {
	out := map[string]catalog{}
	for _, lang := range Languages {
		data, err := assets.FS.ReadFile("i18n/" + lang + ".toml")
		if err != nil {
			panic(fmt.Sprintf("assets: message catalog %s: %v", lang, err))
		}
		c := catalog{}
		if _, err := toml.Decode(string(data), &c); err != nil {
			panic(fmt.Sprintf("assets: message catalog %s: %v", lang, err))
		}
		out[lang] = c
	}
	return out
}

// tr returns the message key in lang, formatted with args. A missing key
// shows the key itself so a gap is visible rather than blank; the catalog
// test keeps both languages complete.
func tr(lang, key string, args ...any) string {
	msg, ok := catalogs[lang][key]
	if !ok {
		msg, ok = catalogs["en"][key]
	}
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(msg, args...)
	}
	return msg
}

// catalogKeys lists the keys of one language, sorted (for the tests).
func catalogKeys(lang string) []string {
	var keys []string
	for k := range catalogs[lang] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
