//go:build !js

// Command cpubaseline is the yardstick of scripts/measure-cpu.sh: a bare
// Ebiten program that draws one line of text at 60 frames a second with
// Ebiten's defaults, to compare the game's CPU use with on the same
// machine in the same run.
package main

import (
	"fmt"
	"log"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"
)

type baseline struct{ frames int }

func (b *baseline) Update() error { b.frames++; return nil }

func (b *baseline) Draw(screen *ebiten.Image) {
	ebitenutil.DebugPrint(screen, fmt.Sprintf("Ebiten baseline: one line of text, frame %d", b.frames))
}

func (b *baseline) Layout(w, h int) (int, int) { return w, h }

func main() {
	ebiten.SetWindowTitle("cpubaseline")
	ebiten.SetWindowSize(1280, 800)
	if err := ebiten.RunGame(&baseline{}); err != nil {
		log.Fatal(err)
	}
}
