#!/usr/bin/env bash
# setup.sh — install the system packages Webcare Simulator needs, only when
# they are missing: the C headers Ebiten's desktop build links against (X11,
# OpenGL, ALSA), pkg-config, Xvfb and xdotool (a real keyboard) for the window tests, brotli, which
# pre-compresses the browser build (make web), xclip, through which the desktop game pastes and
# copies (Ctrl+V, Ctrl+C; game/clipboard_exec.go), and Noto Color Emoji, which
# the desktop game draws emoji with when the system has it (game/ui/fonts_colour.go).
#
#   scripts/setup.sh          everything for building, running and testing
#
# On Debian and Ubuntu it uses apt-get (through sudo when not root); elsewhere
# it names what to install and stops.
set -euo pipefail

packages=(
  gcc pkg-config
  libx11-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev libxxf86vm-dev
  libgl1-mesa-dev libasound2-dev
  xvfb xauth xdotool
  xclip
  brotli
  fonts-noto-color-emoji
)

if ! command -v go >/dev/null 2>&1; then
  echo "setup: Go is not installed or not on PATH; install Go 1.26 or newer from your distribution or go.dev" >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: this is not a Debian or Ubuntu system. Install with your package manager:" >&2
  echo "  a C compiler, pkg-config, the X11 (x11, xrandr, xcursor, xinerama, xi, xxf86vm), OpenGL and ALSA" >&2
  echo "  development headers, Xvfb for the window tests, brotli and xclip (for paste; a colour emoji font is optional). Then run the make target again." >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: need root to install: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
