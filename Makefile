# make book   — set up (venv, pinned requirements, system packages) and build the site into _build/html
# make test   — the same set-up, ruff, the book, then the whole test suite
# make lint   — ruff over the tree (the version requirements.txt pins)
# make chapter CH=02 [AS_OF=2025-12] [DATA=dir] — execute one chapter into _build/executed/chapters/
# make bench  — measure build times and page sizes (writes _build/bench.json)
# make lab    — JupyterLab on this folder: open a chapter .py as a notebook (paired with a local .ipynb)
# make lock   — re-resolve requirements.txt (hashes) from pyproject.toml + requirements.in; UPGRADE=1 for newest
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# the stamp names this folder too: a .venv copied or moved here from another checkout is not taken as installed
REQ_HASH := $(shell (sha256sum requirements.txt pyproject.toml; echo $(CURDIR)) | sha256sum | cut -c1-16)
STAMP := $(VENV)/.installed-$(REQ_HASH)
# where .venv was made (pyvenv.cfg records the command): its scripts and editable install point there
VENV_MADE_AS := $(lastword $(shell grep -s '^command = ' $(VENV)/pyvenv.cfg))
BUILD_ARGS := $(if $(AS_OF),--as-of $(AS_OF)) $(if $(DATA),--data $(DATA))
# written by npm ci: node_modules is up to date with package-lock.json
NODE_STAMP := node_modules/.package-lock.json

.PHONY: book test chapter bench system clean data baselines lock lint lab

$(STAMP): requirements.txt pyproject.toml
	@if [ -d $(VENV) ] && [ "$(VENV_MADE_AS)" != "$(CURDIR)/$(VENV)" ]; then \
	  echo "$(VENV) was made for another folder ($(or $(VENV_MADE_AS),unknown)): making a new one here"; \
	  rm -rf $(VENV); fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@rm -f $(VENV)/.installed-*
	@echo "Installing the locked requirements into $(VENV) (hash-checked; a few minutes the first time)"
	@# -qq: errors only. A machine's own pip configuration (extra indexes, find-links) can print a warning per
	@# package; with every package pinned and hash-checked, nothing but an error needs reading.
	@$(BIN)/python -m pip install -qq --require-hashes -r requirements.txt
	@# The project itself cannot carry a hash: installed on its own, from the locked setuptools, whose
	@# informational "editable installation" notice (a UserWarning) is a wall of asterisks.
	@PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	@touch $@

# Only PyPI counts (uv reads no pip configuration), so the lock installs on any machine; existing pins are kept.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml requirements.in --quiet --generate-hashes --python-version 3.11 \
	  --python-platform linux --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade) -o requirements.txt

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

# ruff first: seconds, before the minutes of the build.
lint: $(STAMP)
	$(BIN)/ruff check .

test: lint book $(NODE_STAMP)
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
