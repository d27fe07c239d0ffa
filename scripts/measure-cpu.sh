#!/usr/bin/env bash
# measure-cpu.sh — how much CPU the game window costs, against a bare Ebiten
# program, under one virtual X display (Xvfb) on this machine.
#
#   scripts/measure-cpu.sh [SECONDS]      (make cpu)
#
# Builds the game and cmd/cpubaseline (one line of text at 60 FPS with
# Ebiten's defaults), then runs each case alone on the same Xvfb: lets it
# settle for SETTLE seconds (default 5), samples utime+stime of the process
# (all its threads, from /proc/PID/stat) and of Xvfb over SECONDS (default
# 20), and prints the share of one core. The cases:
#
#   baseline       cmd/cpubaseline
#   title screen   webcaresim play             (waits for the player)
#   round          webcaresim play --scenario sanoma-juf --seed 1
#                  (the clock runs, posts arrive, the first decision opens)
#
# Needs Xvfb (scripts/setup.sh installs it).
set -euo pipefail
secs=${1:-20}
settle=${SETTLE:-5}
NAME=measure-cpu
# shellcheck source=scripts/lib-measure.sh
source "$(dirname "$0")/lib-measure.sh"

hz=$(getconf CLK_TCK)
# ticks PID: user+system CPU ticks of a process, all threads.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# measure NAME COMMAND...: prints one row of the table.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  pids+=("$pid")
  sleep "$settle"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "measure-cpu: $name ended before it was measured" >&2
    return 1
  fi
  local p0 x0 t0 p1 x1 t1
  p0=$(ticks "$pid"); x0=$(ticks "$xpid"); t0=$(date +%s.%N)
  sleep "$secs"
  p1=$(ticks "$pid"); x1=$(ticks "$xpid"); t1=$(date +%s.%N)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v n="$name" -v p="$((p1 - p0))" -v x="$((x1 - x0))" -v hz="$hz" -v t0="$t0" -v t1="$t1" \
    'BEGIN { d = t1 - t0; printf "| %-40s | %6.1f%% | %6.1f%% |\n", n, 100*p/hz/d, 100*x/hz/d }'
  sleep 1
}

echo "CPU, share of one core, over ${secs} s after ${settle} s to settle"
echo "($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), Xvfb :$disp 1920x1080x24)"
echo
echo "| what                                     | process |   Xvfb  |"
echo "|------------------------------------------|--------:|--------:|"
measure "bare Ebiten, one line of text at 60 FPS" "$tmp/cpubaseline"
measure "webcaresim: title screen (waiting)" "$tmp/webcaresim" play
measure "webcaresim: round (clock running)" "$tmp/webcaresim" play --scenario sanoma-juf --seed 1
