# Webcare Simulator. `make run` plays, `make test` checks everything; both
# install the system packages they need first (scripts/setup.sh).

GO ?= go
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# The window tests need an X display; xvfb-run gives them a virtual one.
XVFB := xvfb-run -a -s "-screen 0 1920x1080x24"

.PHONY: all run test setup fmt-check vet staticcheck unit bench build

all: build

setup:
	@scripts/setup.sh

build: setup
	$(GO) build -o bin/webcaresim ./cmd/webcaresim

run: setup
	$(GO) run ./cmd/webcaresim

test: setup fmt-check vet staticcheck unit

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) run $(STATICCHECK) ./...

unit:
	$(XVFB) $(GO) test -count=1 ./...

bench: setup
	$(GO) test -run '^$$' -bench . -benchmem ./...
