package game

import (
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
)

// SettingsStore is a Store that also keeps the player's settings between
// starts (*progress.Store does, beside the attempts).
type SettingsStore interface {
	Settings() (progress.Settings, error)
	SaveSettings(progress.Settings) error
}

// rememberedLanguage is the language a start without --lang opens in: the
// one last chosen on the title screen, kept in the store's settings, else
// the language of the player's last round in the window, else "" (Dutch).
// A player who chose English found the title in Dutch again after every
// restart.
func rememberedLanguage(st Store) string {
	if ss, ok := st.(SettingsStore); ok {
		if set, err := ss.Settings(); err == nil && (set.Language == "nl" || set.Language == "en") {
			return set.Language
		}
	}
	if st == nil {
		return ""
	}
	as, _, err := st.List(progress.Filter{})
	if err != nil {
		return ""
	}
	lang, newest := "", time.Time{}
	for _, at := range as {
		if at.Source == "game" && at.Started.After(newest) {
			lang, newest = at.Language, at.Started
		}
	}
	return lang
}

// chooseLanguage switches the window to lang and keeps it for the next
// start. A settings file that cannot be written leaves the choice for this
// run only: the rounds are what must not be lost.
func (a *App) chooseLanguage(lang string) {
	a.lang = lang
	if ss, ok := a.opts.Store.(SettingsStore); ok {
		set, _ := ss.Settings()
		if set.Language != lang {
			set.Language = lang
			_ = ss.SaveSettings(set)
		}
	}
}
