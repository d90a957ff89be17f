# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED_EVAL ?= ../shared/eval

.PHONY: setup run test bench eval probe clean

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

# BENCH_ARGS passes options through, e.g. `make bench BENCH_ARGS="--docs 100 --by-component --cold-cache"`.
BENCH_ARGS ?=

bench: setup
	SHARED_EVAL=$(SHARED_EVAL) $(BIN)/python benchmarks/bench_extract.py $(BENCH_ARGS)

# The dev sets that code incidents (re3d codes only entity spans, so it is left out). EVAL_ARGS passes options
# through, e.g. `make eval EVAL_ARGS="--limit 200 --errors eval-out/misses.jsonl"`.
EVAL_FILES = $(wildcard $(addprefix $(SHARED_EVAL)/,wiki_terror.dev.jsonl muc4.dev.jsonl fakes_syria.jsonl ucdp_headlines.jsonl))
EVAL_ARGS ?=

eval: setup
	@if [ -n "$(EVAL_FILES)" ]; then \
		echo "make eval: scoring $(EVAL_FILES)" >&2; \
		$(BIN)/incidents evaluate $(EVAL_FILES) --by-file $(EVAL_ARGS); \
	else \
		echo "make eval: no gold files in $(SHARED_EVAL); skipping the dev-set evaluation" >&2; \
	fi

# The project's own probe sets (probes/README.md): categories with no real dev set, scored apart.
PROBE_FILES = $(wildcard probes/local_news/*.jsonl)

probe: setup
	$(BIN)/incidents evaluate $(PROBE_FILES) --by-file $(EVAL_ARGS)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
