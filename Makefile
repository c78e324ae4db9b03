# Everyday tasks. `make briefing` and `make test` do all the set-up on first use.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP_VERSION := 26.3
ARGS ?=

.PHONY: install briefing test lint format lab ledger charts benchmark screenshots deck-images page-images clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check pip==$(PIP_VERSION)
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (analysis)" >/dev/null
	touch $(STAMP)

install: $(STAMP)

## Render the leadership briefing from the bundled ledger into outputs/.
## With no browser the images would be skipped: `analysis doctor` says why first.
briefing: $(STAMP)
	@$(BIN)/analysis doctor --only browser >/dev/null 2>&1 || $(BIN)/analysis doctor || true
	$(BIN)/analysis render $(ARGS)

## Run the test suite (2 workers)
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q $(ARGS)

## Style (ruff) and types (mypy, configured in pyproject.toml)
lint: $(STAMP)
	$(BIN)/ruff format --check src tests benchmarks notebooks docs
	$(BIN)/ruff check src tests benchmarks notebooks docs
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks notebooks docs
	$(BIN)/ruff check --fix src tests benchmarks notebooks docs

## JupyterLab with the project's kernel, opening explore.ipynb (as root: --allow-root, said aloud),
## in Chinese and without the news prompt: the project's settings in jupyter/settings (not ~/.jupyter)
LAB_OPTIONS := --notebook-dir=notebooks --LabApp.default_url=/lab/tree/explore.ipynb \
  --LabApp.app_settings_dir=$(CURDIR)/jupyter/settings --LabApp.news_url=None \
  --LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate
lab: $(STAMP)
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "make lab: running as root (a container or CI?), so JupyterLab gets --allow-root"; \
	  set -- --allow-root; \
	else set --; fi; \
	$(BIN)/jupyter lab $(LAB_OPTIONS) "$$@"

## Rebuild the bundled ledger from the raw notice
ledger: $(STAMP)
	$(BIN)/analysis ingest data/raw/000_92b92515acb86431.txt --annotations data/annotations.yaml --out data/ledger.xlsx

charts: $(STAMP)
	$(BIN)/analysis charts --out outputs/charts $(ARGS)

benchmark: $(STAMP)
	$(BIN)/python -m benchmarks $(ARGS)

## Remake the README's page images of briefing.docx (LibreOffice) and briefing.pdf
page-images: $(STAMP)
	$(BIN)/python docs/page_images.py

## Remake the README's screenshots of the briefing (docs/briefing.png, docs/briefing-en.png)
## and of JupyterLab (docs/jupyterlab-zh.png, docs/jupyterlab-filter.png)
screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py
	$(BIN)/python docs/lab_screenshots.py

## Remake the README's pictures of three deck slides (docs/deck-status.png, deck-rate.png,
## deck-pilots.png) through LibreOffice and pdftoppm
deck-images: $(STAMP)
	$(BIN)/python docs/deck_images.py

clean:
	rm -rf outputs/* .pytest_cache
