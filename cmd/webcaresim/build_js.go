//go:build js

package main

// browserBuild: the browser runs only the game (commands.go leaves the
// terminal's commands out of its build).
const browserBuild = true
