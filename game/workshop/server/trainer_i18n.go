package server

import "github.com/webcaresim/webcaresim/assets/i18n"

// controlText is the control page's and the projector debrief's words: the
// "control." section of the product's one catalogue
// (assets/i18n/control.*.toml).
var controlText = map[string]map[string]string{"nl": i18n.Section("nl", "control."), "en": i18n.Section("en", "control.")}
