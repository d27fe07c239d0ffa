package archtest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The browser builds talk to the workshop server through the browser's
// fetch (game/workshop/client/transport_js.go), so they need no HTTP stack
// of their own. Importing net/http for two method names and two status
// codes linked all of it into the game, TLS and X.509 included: 400,074
// bytes of its gzip (6,589,125 with it, 6,189,051 without; README).
func TestBrowserBuildsLinkNoHTTPStack(t *testing.T) {
	for _, main := range []string{"cmd/webcaresim", "cmd/webplayer"} {
		cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", "github.com/webcaresim/webcaresim/"+main)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", main, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			switch dep {
			case "net/http", "crypto/tls", "crypto/x509":
				t.Errorf("the browser build of %s links %s", main, dep)
			}
		}
	}
}
