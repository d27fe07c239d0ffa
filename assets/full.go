//go:build !js

package assets

import "embed"

// FullFS holds the whole fonts on the desktop (see FullRegular). The
// browser build leaves them out: they are 4.6 MB that nearly every trainee
// would download for nothing.
//
//go:embed fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf fonts/Symbola.ttf
var FullFS embed.FS
