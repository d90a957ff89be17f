# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED_EVAL ?= ../shared/eval

.PHONY: setup run test bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/incidents extract samples/ --format table

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/bench_extract.py

eval: setup
	@if [ -d "$(SHARED_EVAL)" ]; then \
		$(BIN)/incidents evaluate $(SHARED_EVAL)/wiki_terror.dev.jsonl $(SHARED_EVAL)/muc4.dev.jsonl \
			$(SHARED_EVAL)/fakes_syria.jsonl $(SHARED_EVAL)/ucdp_headlines.jsonl --by-file; \
	else \
		echo "make eval: $(SHARED_EVAL) not found; skipping the dev-set evaluation" >&2; \
	fi

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
