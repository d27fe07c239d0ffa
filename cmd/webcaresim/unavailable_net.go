//go:build js || wasip1

package main

import (
	"fmt"
	"io"
)

// cmdStudio needs to listen on the network, which this build cannot.
func cmdStudio(_ []string, _ io.Reader, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "webcaresim studio: not in this build")
	return 2
}

// cmdServe needs to listen on the network, which this build cannot.
func cmdServe(_ []string, _ io.Reader, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "webcaresim serve: not in this build")
	return 2
}
