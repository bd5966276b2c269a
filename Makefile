# Two commands on a fresh machine: `make run` (set up, analyse the bundled examples)
# and `make test` (set up, run the whole test suite). Both create .venv as needed.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test bench lexicon-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The main job: analyse the bundled examples into the store marsad.db, print what it
# found, and write the article objects and GDELT-style event rows under out/.
run: $(STAMP)
	$(BIN)/marsad ingest examples/ --db marsad.db --summary
	mkdir -p out
	$(BIN)/marsad export --db marsad.db --format jsonl --output out/examples.jsonl
	$(BIN)/marsad export --db marsad.db --format gdelt --output out/events.gdelt.tsv

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

bench: $(STAMP)
	$(BIN)/python bench/analyze_speed.py

lexicon-check: $(STAMP)
	$(BIN)/marsad lexicon check

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info marsad.db marsad.db-wal marsad.db-shm
