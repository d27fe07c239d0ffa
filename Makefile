# Webcare Simulator. `make run` plays, `make test` checks everything; both
# install the system packages they need first (scripts/setup.sh).

GO ?= go
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# The window tests need an X display; xvfb-run gives them a virtual one.
XVFB := xvfb-run -a -s "-screen 0 1920x1080x24"

.PHONY: all run test setup fmt-check vet staticcheck unit fuzz-scenarios bench build cpu mem

all: build

setup:
	@scripts/setup.sh

build: setup
	$(GO) build -o bin/webcaresim ./cmd/webcaresim

run: setup
	$(GO) run ./cmd/webcaresim

test: setup fmt-check vet staticcheck unit fuzz-scenarios test-web

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/webcaresim ./cmd/webplayer ./game/workshop/client

staticcheck:
	$(GO) run $(STATICCHECK) ./...

# The game package plays its rounds in a real window, which takes minutes
# on a loaded machine: a timeout above go test's 10 minutes per package
# keeps a slow run from failing as a broken one. The game and session
# packages take about 10 and 7 minutes on a quiet two-core machine and
# ran past 30 minutes at a load of 35, so the bound is 60.
unit:
	$(XVFB) $(GO) test -count=1 -timeout 60m ./...

# The scenario loader on random bytes beyond its seed corpus, which every
# go test runs. The budget is a count of inputs (FUZZEXECS, default 200000,
# about 10 s on one quiet core), not a duration: with a duration, Go 1.26's
# fuzz coordinator can report its own end-of-time deadline as a failure
# ("context deadline exceeded", no failing input written; go.dev/issue/75804,
# fixed in Go 1.27), which failed a CI run. A count has no deadline to race.
# Without -fuzzminimizetime 0 the stage ran about 10 inputs in 10 s: go test
# first minimizes every input that reaches new code (up to 60 s each, by
# trying to remove every run of bytes, each try a whole parse) and counts
# nothing meanwhile. A failing input is still written to testdata/fuzz as found.
fuzz-scenarios:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(or $(FUZZEXECS),200000)x -fuzzminimizetime 0 ./scenarios/

bench: setup
	$(GO) test -run '^$$' -bench . -benchmem ./...

# CPU of the window on the title screen and during a round, against a bare
# Ebiten program, under one Xvfb (scripts/measure-cpu.sh; CPU_SECONDS=20).
cpu: setup
	scripts/measure-cpu.sh $(or $(CPU_SECONDS),20)

# Peak memory (VmHWM) of the window on the title screen and during a round,
# against the same bare Ebiten program, under one Xvfb
# (scripts/measure-mem.sh; MEM_SECONDS=20). Fails above 1.3x the bare one.
mem: setup
	scripts/measure-mem.sh $(or $(MEM_SECONDS),20)

# Browser build and workshop server (game/workshop/, assets/web/). `make web` builds the
# game for the browser (Ebiten's wasm port) into bin/web; `make test-web`
# (part of `make test`) runs the server and store tests against a throwaway
# PostgreSQL, then the browser tests in headless Chromium (both installed
# with apt when missing); `make load-test` runs 50 simulated trainees for a
# minute on loopback. WEB_MAIN=./cmd/webplayer builds the HTML player instead.
WEB_MAIN ?= ./cmd/webcaresim
# brotli's best quality takes minutes on the game (4.9 MB against 5.7 at
# quality 9); the browser tests use a quick one.
BROTLI_Q ?= 11
WASM_EXEC = $$($(GO) env GOROOT)/lib/wasm/wasm_exec.js

.PHONY: web test-web load-test

# The game, Go's loader and the full fonts (fetched by the game only when a
# trainee types a character its subset fonts lack), each beside a gzip and a
# brotli copy: the server sends the smallest the browser accepts.
web: setup
	@mkdir -p bin/web/fonts
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o bin/web/webcaresim.wasm $(WEB_MAIN)
	@if [ -f "$(WASM_EXEC)" ]; then cp "$(WASM_EXEC)" bin/web/; else cp "$$($(GO) env GOROOT)/misc/wasm/wasm_exec.js" bin/web/; fi
	cp assets/fonts/DejaVuSans.ttf assets/fonts/DejaVuSans-Bold.ttf assets/fonts/Symbola.ttf bin/web/fonts/
	gzip -9 -k -f bin/web/webcaresim.wasm bin/web/wasm_exec.js bin/web/fonts/*.ttf
	brotli -q $(BROTLI_Q) -k -f bin/web/webcaresim.wasm bin/web/wasm_exec.js bin/web/fonts/*.ttf
	@echo "bin/web/webcaresim.wasm: $$(wc -c < bin/web/webcaresim.wasm) bytes, $$(wc -c < bin/web/webcaresim.wasm.gz) gzip, $$(wc -c < bin/web/webcaresim.wasm.br) brotli"

test-web: BROTLI_Q = 5
test-web: web
	scripts/test-web.sh

load-test:
	WEBCARESIM_LOAD=1 $(GO) test -count=1 -run '^TestLoad$$' -v ./game/workshop/server/
