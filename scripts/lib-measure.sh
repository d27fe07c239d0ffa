#!/usr/bin/env bash
# lib-measure.sh — the start-up that measure-cpu.sh and measure-mem.sh share:
# a temporary folder cleaned up on exit, the game and the bare Ebiten program
# built into it, and one virtual X display (Xvfb) exported as DISPLAY, so
# that both measurements compare the game and the baseline under the same
# conditions. Sourced, not run; the caller sets NAME for its messages.
#
# After sourcing: $tmp holds webcaresim and cpubaseline, $xpid is Xvfb's pid,
# and pids (an array) lists the processes to stop on exit; append to it.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v Xvfb >/dev/null || { echo "$NAME: Xvfb is missing (run scripts/setup.sh)" >&2; exit 2; }
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

go build -o "$tmp/webcaresim" ./cmd/webcaresim
go build -o "$tmp/cpubaseline" ./cmd/cpubaseline

disp=$((200 + RANDOM % 500))
while [[ -e /tmp/.X$disp-lock ]]; do disp=$((disp + 1)); done
Xvfb ":$disp" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
pids+=("$xpid")
export DISPLAY=":$disp"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$disp ]] && break; sleep 0.1; done
sleep 1
