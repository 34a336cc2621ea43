# Spoorwijzer: `make serve` builds and serves the site, `make test` runs every test.
# Both set up what they need on a fresh machine: .venv/ with pinned packages, the npm
# Pyodide runtime, and Debian's chromium for the browser tests.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup build serve test lint typecheck unit pyodide browser bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

.chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

setup: $(BIN)/.installed node_modules/.installed ## install everything (venv, Pyodide runtime)

build: setup ## build the complete site into site/ (Pyodide runtime and wheel included)
	$(BIN)/mkdocs build --strict

serve: build ## build, then serve the site on $(HOST):$(PORT)
	@echo "Spoorwijzer: http://$(HOST):$(PORT)/"
	$(BIN)/python -m site_config.serve --host $(HOST) --port $(PORT) site

lint: setup ## ruff and mypy --strict
	$(BIN)/ruff check calculator site_config tests
	$(BIN)/mypy

unit: setup ## fast pure-Python tests
	$(BIN)/pytest -m "not browser and not pyodide"

test: setup .chromium lint ## every test: unit, Pyodide under Node, Chromium against the built site
	$(BIN)/pytest

bench: build .chromium ## benchmark the calculator page against bare Pyodide (writes .cache/bench/latest.json)
	$(BIN)/python -m site_config.bench

clean: ## remove build output
	rm -rf site dist build *.egg-info
