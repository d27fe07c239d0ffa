package game

import "github.com/webcaresim/webcaresim/assets/i18n"

// Languages the window speaks, in the order the title screen offers them.
var Languages = i18n.Languages

// tr returns the message key in lang, formatted with args (assets/i18n,
// the catalogues every face reads).
func tr(lang, key string, args ...any) string { return i18n.T(lang, key, args...) }

// trN returns the form of the message key for the count n ("1 poging",
// "2 pogingen"), formatted with args.
func trN(lang, key string, n int, args ...any) string { return i18n.N(lang, key, n, args...) }
