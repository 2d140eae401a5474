# Two entry points (see README): `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/missionplanner-gui sample_missions/sco_2019.json

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# ruff, the import contracts and mypy (strict typing is checked here, not in CI's test run)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# refresh ui/i18n/*.ts from the code and compile them to the .qm files the app loads
translations: $(STAMP)
	$(BIN)/python scripts/ui_translations.py

clean:
	rm -rf $(VENV) build *.egg-info
