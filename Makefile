# Two entry points (see README): `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.dist-installed

.PHONY: run test lint clean translations dist dist-check

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

# the app folder that runs without Python, dist/MissionPlanner/ (docs/packaging.md): the
# builder is an extra of its own, installed here only, never by `make test`
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	rm -rf build/pyinstaller dist/MissionPlanner
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller \
		--distpath dist packaging/missionplanner.spec
	@du -sh dist/MissionPlanner

# start the built folder in a fresh folder with an empty environment, plan, export, screenshots
dist-check:
	bash scripts/check_dist.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
