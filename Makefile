# Spoorwijzer: `make serve` builds and serves the site, `make test` runs every test.
# Both set up what they need on a fresh machine: .venv/ with the packages of the lock
# (.ci/requirements-dev.txt, every version pinned and hashed), node_modules/ with the npm
# Pyodide runtime and ESLint (package-lock.json), and Debian's chromium for the browser tests.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The Python lock lives in .ci/, beside the script that proves it: the layout keeps top-level
# files for tools that insist on them, and pip reads a lock from any path. `make lock` writes
# it from pyproject's `dev` pins.
LOCK := .ci/requirements-dev.txt
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup lock build serve test lint unit slow bench clean .chromium .nginx

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# The lock pins pip, setuptools and wheel too, so the project installs without build isolation
# (no index needed) and with nothing unpinned.
$(BIN)/.installed: $(LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

.chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# nginx-light runs the hosting example (site_config/maintainers/hosting.md) in a test (tests/site/test_site_csp.py).
.nginx:
	@command -v nginx >/dev/null 2>&1 || { \
	  echo "Installing Debian's nginx-light for the hosting-example test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; }

setup: $(BIN)/.installed node_modules/.installed ## install everything (venv from the lock, npm packages)

# PIP_COMPILE_ARGS=--upgrade also moves the packages that pyproject does not pin. Extras stay in
# the lock (coverage[toml]): the pip of a new venv (23.x) rejects them as unpinned otherwise.
lock: $(BIN)/.installed ## rewrite the Python lock from pyproject's dev pins
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --extra dev \
	  --generate-hashes --allow-unsafe --no-strip-extras --no-emit-index-url \
	  --no-emit-find-links $(PIP_COMPILE_ARGS) --output-file $(LOCK) pyproject.toml

build: setup ## build the complete site into site/ (Pyodide runtime and wheel included)
	$(BIN)/mkdocs build --strict

serve: build ## build, then serve the site on $(HOST):$(PORT)
	@echo "Spoorwijzer: http://$(HOST):$(PORT)/"
	$(BIN)/python -m site_config.serve --host $(HOST) --port $(PORT) site

# ESLint reads every .js and .mjs under site_config/ and tests/ (globals per file in its config).
lint: setup ## ruff (check and format), mypy --strict, ESLint
	$(BIN)/ruff check calculator site_config tests
	$(BIN)/ruff format --check calculator site_config tests
	$(BIN)/mypy
	node_modules/.bin/eslint --max-warnings 0 --config site_config/eslint.config.mjs site_config tests

# tests/js: the page's and the worker's pure modules under Node's own test runner (node --test).
unit: setup ## fast pure-Python tests and doctests, the pure JS modules under Node; no site build
	$(BIN)/pytest -m "not build and not browser and not pyodide" --cov --cov-report=term-missing:skip-covered
	node --test tests/js/

slow: setup .chromium .nginx ## the tests on a built site: build hooks, Pyodide under Node, Chromium
	$(BIN)/pytest -m "build or browser or pyodide"

test: lint unit slow ## every test: lint, unit, then the built site under Node and Chromium

bench: build .chromium ## benchmark the calculator page against bare Pyodide (writes .cache/bench/latest.json)
	$(BIN)/python -m site_config.tools.bench

clean: ## remove build output
	rm -rf site dist build *.egg-info .cache/coverage*
