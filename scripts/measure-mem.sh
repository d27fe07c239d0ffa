#!/usr/bin/env bash
# measure-mem.sh — the game window's peak memory against a bare Ebiten
# program, under one virtual X display (Xvfb), in the same run.
#
#   scripts/measure-mem.sh [SECONDS]      (make mem; MEM_SECONDS=20)
#
# Builds the game and cmd/cpubaseline (one line of text at 60 FPS with
# Ebiten's defaults), runs each case alone on the same Xvfb for SECONDS and
# reads the peak resident set (VmHWM in /proc/PID/status) just before it is
# stopped. Resident memory, not Go's heap: what the machine gives the
# process, including the GL driver (Mesa's software renderer under Xvfb),
# which the bare program pays too. The cases:
#
#   baseline       cmd/cpubaseline
#   title screen   webcaresim play             (waits for the player)
#   round          webcaresim play --scenario sanoma-juf --seed 1
#                  (the clock runs, posts arrive, the first decision opens)
#
# The last column is the peak against the bare program's; the target is
# 1.3 at most. Exits 1 when a case is above MEM_LIMIT (default 1.3).
# Needs Xvfb (scripts/setup.sh installs it).
set -euo pipefail
secs=${1:-20}
limit=${MEM_LIMIT:-1.3}
NAME=measure-mem
# shellcheck source=scripts/lib-measure.sh
source "$(dirname "$0")/lib-measure.sh"

# peak PID: the peak resident set of a process in kB.
peak() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }

base=0
over=0
# measure NAME COMMAND...: prints one row of the table.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  pids+=("$pid")
  sleep "$secs"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "measure-mem: $name ended before it was measured" >&2
    return 1
  fi
  local kb
  kb=$(peak "$pid")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ $base == 0 ]]; then base=$kb; fi
  awk -v n="$name" -v kb="$kb" -v base="$base" \
    'BEGIN { printf "| %-40s | %7.1f MB | %5.2f× |\n", n, kb/1024, kb/base }'
  if awk -v kb="$kb" -v base="$base" -v lim="$limit" 'BEGIN { exit !(kb > lim*base) }'; then over=1; fi
  sleep 1
}

echo "Peak resident memory (VmHWM) after ${secs} s"
echo "($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), Xvfb :$disp 1920x1080x24)"
echo
echo "| what                                     |   peak     | × bare |"
echo "|------------------------------------------|-----------:|-------:|"
measure "bare Ebiten, one line of text at 60 FPS" "$tmp/cpubaseline"
measure "webcaresim: title screen (waiting)" "$tmp/webcaresim" play
measure "webcaresim: round (clock running)" "$tmp/webcaresim" play --scenario sanoma-juf --seed 1
if [[ $over == 1 ]]; then
  echo "measure-mem: a case is above ${limit}× the bare program" >&2
  exit 1
fi
