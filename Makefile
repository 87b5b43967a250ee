# Every Go command needs the FTS5 build tag; keep it here so nobody has to
# remember it.
GO      ?= go
TAGS    := sqlite_fts5
BIN     := bin/bot
KB      ?= $(or $(KB_PATH),kb.sqlite)
DATA    ?= $(or $(DATA_DIR),data)
SHARED  ?= ../shared
FUZZTIME ?= 10s

.PHONY: all build run kb test bench fuzz load model eval clean

all: build

build: $(BIN)

$(BIN): $(shell find . -name '*.go' -not -path './bin/*') go.mod go.sum $(shell find extract -name '*.gz')
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/bot

# The knowledge base is rebuilt when it is missing, older than anything in
# the data folder (a deleted file changes its folder's time), or older than
# the binary that builds it. The build itself is incremental.
kb: $(BIN)
	@if [ ! -f "$(KB)" ] || [ "$(BIN)" -nt "$(KB)" ] || [ -n "$$(find "$(DATA)" -newer "$(KB)" -print -quit)" ]; then \
	  $(BIN) build --data "$(DATA)" --db "$(KB)"; \
	fi

# Discord when DISCORD_TOKEN is set (in the environment or .env), else the
# local console.
run: kb
	$(BIN) run --db "$(KB)"

# Vet, every test under the race detector, the load test, then each fuzz
# target briefly (its committed seed corpus always runs with the tests).
test:
	$(GO) vet -tags $(TAGS) ./...
	$(GO) test -race -tags $(TAGS) -count=1 -timeout 20m ./...
	$(MAKE) --no-print-directory load
	$(MAKE) --no-print-directory fuzz FUZZTIME=3s

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem -timeout 60m ./...

# Runs every fuzz target for FUZZTIME each. Go 1.26's fuzz coordinator can
# end a run with a bare "context deadline exceeded" at the FUZZTIME boundary
# and no failing input (go.dev/issue/75804, fixed in Go 1.27); such a run is
# repeated once. Any other failure, or one that writes a failing input,
# fails.
fuzz:
	@log=$$(mktemp); n=0; \
	for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -tags $(TAGS) -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg > $$log 2>&1 \
	      || { grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log \
	           && echo "fuzz $$pkg $$f: the fuzzer ran out of time while taking in an input; once more" \
	           && $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg > $$log 2>&1; } \
	      || { cat $$log; rm -f $$log; echo "fuzz: $$n passed, 1 failed"; exit 1; }; \
	    n=$$((n+1)); \
	  done; \
	done; rm -f $$log; echo "fuzz: $$n passed, 0 failed"

# Many users' commands through the Discord stand-in on 127.0.0.1 while
# the knowledge base is rebuilt and swapped; LOAD_USERS, LOAD_COMMANDS.
load:
	$(GO) test -tags '$(TAGS) load' -run '^TestLoad$$' -count=1 -v -timeout 10m ./discord/

# Rebuilds the embedded NER model from the CoNLL training data.
model:
	$(GO) run ./extract/ner/cmd/train -train $(SHARED)/data/conll2003/eng.train -dev $(SHARED)/data/conll2003/eng.testa -out extract/ner/model.bin.gz

# Scores extraction with the shared scorers (CoNLL dev set, TimeML train).
eval: $(BIN)
	python3 $(SHARED)/eval/conll_eval.py $(BIN) $(SHARED)/data/conll2003/eng.testa
	python3 $(SHARED)/eval/te3_eval.py $(BIN) $(SHARED)/data/tempeval3/train --types DATE,TIME

clean:
	rm -rf bin $(KB)
