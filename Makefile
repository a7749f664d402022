# make book   — set up (venv, pinned requirements, system packages) and build the site into _build/html
# make test   — the same set-up, the book, then the whole test suite
# make chapter CH=02 [AS_OF=2025-12] [DATA=dir] — execute one chapter into _build/executed/chapters/
# make bench  — measure build times and page sizes (writes _build/bench.json)
# make lab    — JupyterLab on this folder: open a chapter .py as a notebook (paired with a local .ipynb)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
REQ_HASH := $(shell sha256sum requirements.txt pyproject.toml | sha256sum | cut -c1-16)
STAMP := $(VENV)/.installed-$(REQ_HASH)
BUILD_ARGS := $(if $(AS_OF),--as-of $(AS_OF)) $(if $(DATA),--data $(DATA))
# written by npm ci: node_modules is up to date with package-lock.json
NODE_STAMP := node_modules/.package-lock.json

.PHONY: book test chapter bench system clean data baselines lab

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@rm -f $(VENV)/.installed-*
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	@touch $@

system:
	@bash scripts/system_deps.sh

# axe-core for the accessibility tests, exactly as package-lock.json pins it.
$(NODE_STAMP): package.json package-lock.json | system
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

book: $(STAMP) system
	$(BIN)/python -m genai_book.build $(BUILD_ARGS)

chapter: $(STAMP)
	$(BIN)/python -m genai_book.build --only $(CH) $(BUILD_ARGS)

data: $(STAMP)
	$(BIN)/python scripts/build_datapackage.py $(DATA)

test: book $(NODE_STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP) system
	$(BIN)/python scripts/bench.py $(BUILD_ARGS)

# jupytext's contents manager (installed with jupytext) pairs chapters/NN.py with chapters/NN.ipynb (jupytext.toml).
lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --ServerApp.root_dir=$(CURDIR)

clean:
	rm -rf _build

baselines: book
	$(BIN)/python scripts/refresh_baselines.py
