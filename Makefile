# CoreLog: `make run` sets up and launches the app, `make test` sets up and runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.corelog-installed

.PHONY: run test test-far lint bench screenshots icons bundle bundle-check install-desktop \
	uninstall-desktop lock clean translations qm

# Translations: the .ts files are edited (Qt Linguist) and kept in git; the .qm files the
# app loads are compiled from them on the way to `make run` and `make test`.
TS_DIR := resources/translations
QM     := $(patsubst %.ts,%.qm,$(filter-out %_en.ts,$(wildcard $(TS_DIR)/corelog_*.ts)))

run: $(STAMP) $(QM)
	$(BIN)/corelog $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.multimedia.*=false" $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# The whole suite again far from UTC, on a Sunday in ISO week 53 (CI runs both).
test-far: $(STAMP) $(QM)
	TZ=Pacific/Kiritimati CORELOG_TEST_NOW=2027-01-03T09:00:00+14:00 \
	QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.multimedia.*=false" $(BIN)/python -m pytest $(PYTEST_ARGS)

# The style and the architecture's import rules (pyproject.toml, docs/architecture.md).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --theme dark \
		--pages today history-charts recovery-guidance-red-flag timer-hold --no-extras
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --font-scale 1.5 --no-extras \
		--pages today log timer recovery history settings log-core recovery-guidance-red-flag \
		history-calendar history-charts history-charts-tables import-summary run-page timer-hold
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --language de --no-extras \
		--pages today log timer recovery history settings learn-core recovery-guidance-stop-rest \
		history-charts

# The icon's PNG sizes in packaging/icons/hicolor, drawn from resources/icons/corelog.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/icons.py

# A self-contained desktop bundle in dist/CoreLog/ (PyInstaller; run on each target OS).
bundle: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bundle.lock
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/corelog.spec

# Build the bundle, then run it from a copy outside the checkout: --version, --help, a
# bad --db refused, --demo showing every page and quitting cleanly (tools/bundle_check.py).
bundle-check: bundle
	$(BIN)/python tools/bundle_check.py dist/CoreLog $(if $(PICTURES),--pictures $(PICTURES))

# Put CoreLog in the desktop's menu for this user (under $XDG_DATA_HOME, by default
# ~/.local/share), starting LAUNCHER: this checkout's .venv/bin/corelog unless told
# otherwise, e.g. LAUNCHER=dist/CoreLog/corelog for the bundle. A manifest records what
# was installed; uninstall-desktop removes exactly that.
LAUNCHER ?= $(BIN)/corelog
install-desktop: $(STAMP)
	$(PYTHON) tools/desktop_install.py install --launcher "$(LAUNCHER)"

uninstall-desktop:
	$(PYTHON) tools/desktop_install.py uninstall

# Every text CoreLog shows, found in the code by pyside6-lupdate (docs/development.md):
# corelog_de.ts holds the German translation; corelog_en.ts only the English plural forms
# ("%n run" / "%n runs"). New texts arrive unfinished, for a translator to fill in.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete src/corelog \
		-target-language de_DE -ts $(TS_DIR)/corelog_de.ts
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -pluralonly src/corelog \
		-target-language en_GB -ts $(TS_DIR)/corelog_en.ts
	$(MAKE) qm

qm: $(QM)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CoreLog needs Python 3.11 or newer; found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-pin every dependency after changing pyproject.toml (needs network).
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv
	.lockvenv/bin/python -m pip install --quiet --upgrade pip
	.lockvenv/bin/python -m pip install --quiet -e '.[test]' hatchling==1.27.0 editables
	{ echo "# Exact versions CoreLog is built and tested with (runtime, tests, build backend)."; \
	  echo "# Regenerate: make lock"; \
	  .lockvenv/bin/python -m pip freeze --exclude-editable; } > requirements.lock
	rm -rf .lockvenv

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
