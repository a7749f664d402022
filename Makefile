# make book   — set up (venv, pinned requirements, system packages) and build every edition into _build/html
#               (make book AS_OF=2025-12: that edition alone, into _build/html, for inspection)
# make test   — the same set-up, ruff, the book, then the whole test suite
# make lint   — ruff over the tree (the version requirements.txt pins)
# make chapter CH=02 [AS_OF=2025-12] [DATA=dir] — execute one chapter into _build/executed/chapters/
# make bench  — measure build times and page sizes (writes _build/bench.json)
# make lab    — JupyterLab on this folder: open a chapter .py as a notebook (paired with a local .ipynb)
# make lock   — re-resolve requirements.txt (hashes) from pyproject.toml + requirements.in; UPGRADE=1 for newest
# make serve [PORT=8000] — serve _build/html on localhost as a static host does
# make preview [AS_OF=…] [PORT=8000] — build one edition, serve it, rebuild on every change (warm kernels kept)
# make publish DEST=folder-or-host:path [BOOK_BASE_URL=https://…/] [BOOK_REPOSITORY_URL=https://…] — build, copy
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# the stamp names this folder too: a .venv copied or moved here from another checkout is not taken as installed
REQ_HASH := $(shell (sha256sum requirements.txt pyproject.toml; echo $(CURDIR)) | sha256sum | cut -c1-16)
STAMP := $(VENV)/.installed-$(REQ_HASH)
# where .venv was made (pyvenv.cfg records the command): its scripts' #! lines point there
VENV_MADE_AS := $(lastword $(shell grep -s '^command = ' $(VENV)/pyvenv.cfg))
BUILD_ARGS := $(if $(AS_OF),--as-of $(AS_OF)) $(if $(DATA),--data $(DATA))
# written by npm ci: node_modules is up to date with package-lock.json
NODE_STAMP := node_modules/.package-lock.json
# Where the site is published (genai_book.build.publish); passed to the build through the environment.
export BOOK_BASE_URL BOOK_REPOSITORY_URL
# The Citation File Format's schema, as cffconvert ships it (the test reads it from the wheel; cffconvert itself
# pins jsonschema<4, which the book's packages cannot share).
CFF_WHEEL := $(VENV)/wheels/cffconvert-2.0.0-py3-none-any.whl
CFF_SHA256 := 573c825e4e16173d99396dc956bd22ff5d4f84215cc16b6ab05299124f5373bb
PORT ?= 8000

.PHONY: book test chapter bench system clean data baselines lock lint serve publish lab preview

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
	@# The project itself: not installed but put on the path by a .pth line relative to site-packages (the
	@# checkout that holds .venv, wherever it is copied or moved; an editable install would name this folder).
	@$(BIN)/python -c "import sysconfig; open(sysconfig.get_path('purelib') + '/genai_book_checkout.pth', 'w').write('../../../..\n')"
	@touch $@

# Only PyPI counts (uv reads no pip configuration), so the lock installs on any machine; existing pins are kept.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml requirements.in --quiet --generate-hashes --python-version 3.11 \
	  --python-platform linux --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade) -o requirements.txt

system:
	@bash scripts/system_deps.sh

# axe-core (accessibility tests) and lighthouse (make bench), exactly as package-lock.json pins them.
$(NODE_STAMP): package.json package-lock.json | system
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

book: $(STAMP) system
	$(BIN)/python -m genai_book.build $(BUILD_ARGS)

chapter: $(STAMP)
	$(BIN)/python -m genai_book.build --only $(CH) $(BUILD_ARGS)

data: $(STAMP)
	$(BIN)/python scripts/build_datapackage.py $(DATA)

$(CFF_WHEEL): | $(STAMP)
	$(BIN)/python -m pip download -q --no-deps cffconvert==2.0.0 -d $(VENV)/wheels
	echo "$(CFF_SHA256)  $@" | sha256sum -c --quiet

# ruff first: seconds, before the minutes of the build.
lint: $(STAMP)
	$(BIN)/ruff check .

test: lint book $(NODE_STAMP) $(CFF_WHEEL)
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/python scripts/serve.py --port $(PORT)

preview: $(STAMP) system
	$(BIN)/python scripts/preview.py $(BUILD_ARGS) --port $(PORT)

# Copies the site into DEST (a folder, or host:path through rsync). Files already in DEST stay: nothing is deleted.
ifneq ($(filter publish,$(MAKECMDGOALS)),)
ifeq ($(DEST),)
$(error usage: make publish DEST=folder-or-host:path [BOOK_BASE_URL=https://…/] [BOOK_REPOSITORY_URL=https://…])
endif
endif
publish: book
	@if command -v rsync >/dev/null; then rsync -a _build/html/ "$(DEST)/"; \
	 else mkdir -p "$(DEST)" && cp -a _build/html/. "$(DEST)/"; fi
	@echo "published _build/html to $(DEST)$(if $(BOOK_BASE_URL), for $(BOOK_BASE_URL))"

bench: $(STAMP) system $(NODE_STAMP)
	$(BIN)/python scripts/bench.py $(BUILD_ARGS)

# jupytext's contents manager (installed with jupytext) pairs chapters/NN.py with chapters/NN.ipynb (jupytext.toml).
lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --ServerApp.root_dir=$(CURDIR)

clean:
	rm -rf _build

baselines: book
	$(BIN)/python scripts/refresh_baselines.py
