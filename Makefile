# Short names for the commands the README gives.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint typecheck eval-enrich eval-clustering

setup:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -e '.[dev]'

demo:
	$(VENV)/bin/streams demo

test:
	$(PY) -m pytest

lint:
	$(VENV)/bin/ruff check streams tests benchmarks tools
	$(VENV)/bin/ruff format --check streams tests benchmarks tools

typecheck:
	$(VENV)/bin/mypy

eval-enrich:
	$(PY) benchmarks/eval_enrich.py --data ../shared/data

eval-clustering:
	$(PY) benchmarks/eval_clustering.py --data ../shared/data
