# RoadmapFinder: `make run` serves the site, `make test` runs every check exactly as CI does.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run lock install install-test system-deps services lint typecheck test test-fast test-unit test-web test-e2e test-sqlite test-postgres bench lighthouse clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

## Installs come from the lock files (every version pinned, every file checked against its hash), then the
## project itself without dependencies. `make lock` re-resolves them after a change to pyproject.toml.
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/run.txt
	$(BIN)/pip install --quiet --require-hashes -r requirements/run.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements/test.txt
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.txt
	touch $@

LOCK_FLAGS := --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock:
	$(PYTHON) -m venv .cache/pip-tools && .cache/pip-tools/bin/pip install --quiet pip-tools
	.cache/pip-tools/bin/pip-compile $(LOCK_FLAGS) -o requirements/run.txt pyproject.toml requirements/build.in
	.cache/pip-tools/bin/pip-compile $(LOCK_FLAGS) --extra test -o requirements/test.txt pyproject.toml \
		requirements/build.in

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

## Serve the site on http://$(HOST):$(PORT) with the production server (granian) and SQLite in ./var.
## `serve` validates the content, migrates and collects static files itself, each only when needed.
run: install
	$(BIN)/roadmapfinder serve --host $(HOST) --port $(PORT)

## Debian's chromium for the browser tests; PostgreSQL and Redis started if they are down.
system-deps:
	@bash scripts/system-deps.sh

services:
	@bash scripts/services.sh

## ruff (lint and format) and the import-linter contracts that keep the layers apart (pyproject.toml).
lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports --no-cache

typecheck: install-test
	$(BIN)/mypy

## The lanes: unit (core and CLI, no database), web (Django client and API), e2e (live server and Chromium).
test-unit: install-test
	$(BIN)/pytest tests/unit

test-web: install-test
	$(BIN)/pytest tests/web -m "not contract"

test-e2e: install-test
	$(BIN)/pytest tests/e2e

## The fast lanes (unit and web), for the edit-test loop: well under a minute. The schemathesis contract run
## (tests/web/test_api_schemathesis.py, about a minute) and the tests marked slow (a second or more each) are left
## to `make test`; so is schemathesis's pytest plugin, which each of the three processes would import (most of a
## second).
test-fast: install-test
	$(BIN)/pytest tests/unit tests/web -m "not contract and not slow" -n 2 --ignore=tests/web/test_api_schemathesis.py \
		-p no:schemathesis

## Both cores: each test module runs whole on one worker (its live server starts once). On PostgreSQL, the two
## modules that write to DATABASE_URL's own database share one worker (xdist_group "database-url").
XDIST := -n 2

test-sqlite: install-test
	$(BIN)/pytest $(XDIST) --dist loadfile

test-postgres: install-test services
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -m database $(XDIST) --dist loadgroup

## Everything CI runs: lint, types, the whole suite on SQLite, then the database tests on PostgreSQL.
test: install-test services lint typecheck test-sqlite test-postgres

## Lighthouse for `make bench` (bench/bench_lighthouse.py): the version pinned in bench/lighthouse/package.json and
## its lock file, installed into bench/lighthouse/node_modules (ignored by git) with Node's npm.
LIGHTHOUSE_DIR := bench/lighthouse
$(LIGHTHOUSE_DIR)/node_modules/.installed: $(LIGHTHOUSE_DIR)/package.json $(LIGHTHOUSE_DIR)/package-lock.json
	npm ci --prefix $(LIGHTHOUSE_DIR) --no-audit --no-fund
	touch $@

lighthouse: $(LIGHTHOUSE_DIR)/node_modules/.installed

bench: install-test lighthouse
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var .mypy_cache .pytest_cache .ruff_cache build dist
