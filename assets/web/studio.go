package web

import "embed"

// Studio are the scenario studio's page, script and style sheet
// (game/studio serves them under /studio/ and /trainer/studio/).
//
//go:embed studio
var Studio embed.FS
