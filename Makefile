# onrecord: the two commands a new machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
DEMO_DB ?= demo.db
# test processes (pytest-xdist): one per CPU by default; TEST_WORKERS=0 runs the suite in one process
TEST_WORKERS ?= auto

.PHONY: demo serve test lint typecheck unit bench fuzz install dev clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "onrecord needs Python >= 3.11 ($(PYTHON) is older)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Installed packages are refreshed whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[dev,bench]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
dev: $(VENV)/.installed-dev

## demo: set up, ingest the bundled sample corpus into $(DEMO_DB), print what it found
demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/onrecord ingest examples/corpus --db $(DEMO_DB) --no-progress
	$(BIN)/onrecord articles --db $(DEMO_DB)
	$(BIN)/onrecord quotes --db $(DEMO_DB) --speaker Peskov
	$(BIN)/onrecord speakers --db $(DEMO_DB) --limit 15
	$(BIN)/onrecord statements --db $(DEMO_DB) --speaker Peskov --limit 5

## serve: the demo archive (ingested first when missing), served at http://127.0.0.1:$(PORT)/
PORT ?= 8080
serve: $(VENV)/.installed
	test -f $(DEMO_DB) || $(BIN)/onrecord ingest examples/corpus --db $(DEMO_DB) --no-progress
	$(BIN)/onrecord serve --db $(DEMO_DB) --port $(PORT)

## test: set up with dev tools, then lint, type-check and run the whole test suite
test: $(VENV)/.installed-dev lint typecheck unit

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks fuzz

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

unit: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal

## bench: throughput against textacy on PolNeAR dev, linking scale, and serving latency
bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/serve_latency.py --quotes 100000

## fuzz: the long fuzzing campaign (not in CI): FUZZ_EXAMPLES generated documents through the whole
## pipeline; prints count, time and every failing example, minimized. FUZZ_ARGS adds options
## (--seed N, --ingest-every N, --minutes M; see fuzz/run.py --help).
FUZZ_EXAMPLES ?= 100000
fuzz: $(VENV)/.installed-dev
	$(BIN)/python fuzz/run.py --examples $(FUZZ_EXAMPLES) $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .mypy_cache .ruff_cache test-artifacts
