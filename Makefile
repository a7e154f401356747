# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest pytest-sqlite pytest-postgresql benchmarks screenshots installer clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# Without a screen (a server, a CI box) the window cannot open: show the same campaign headless.
run: $(STAMP)
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
	  echo "No screen found: running the headless demo instead (masiv demo)."; \
	  $(BIN)/masiv demo; \
	else \
	  $(BIN)/masiv-desktop; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check masiv_desktop tests benchmarks tools installer

typecheck: $(STAMP)
	$(BIN)/mypy masiv_desktop

# The whole suite on the desktop's own SQLite store and, at the same time (most tests wait on
# sockets and timers, so two runs share 2 cores well), the tests that use the store (core,
# CLI, windows) again on a team's PostgreSQL store (tests/conftest.py, MASIV_TEST_STORE).
STORE_TESTS ?= tests/core tests/cli tests/gui
PYTEST := tests/ensure-postgresql.sh tests/with-keyring.sh $(BIN)/python -m pytest
pytest: $(STAMP)
	tests/ensure-postgresql.sh tests/with-keyring.sh true  # install what is missing, once
	$(MAKE) --no-print-directory -j2 --output-sync=target pytest-sqlite pytest-postgresql

pytest-sqlite: $(STAMP)
	$(PYTEST) $(PYTEST_ARGS)

pytest-postgresql: $(STAMP)
	MASIV_TEST_STORE=postgresql $(PYTEST) -p no:cacheprovider -m "not sqlite_only and not slow and not timing" \
	  $(STORE_TESTS) $(PYTEST_ARGS)

test: lint typecheck pytest

benchmarks: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --languages es --dark
	$(BIN)/python tools/screenshots.py --scale 1.25 --languages es
	$(BIN)/python tools/screenshots.py --scale 1.5 --languages es

# The Linux bundle, self-tested and packed in dist/ (its own venv under build/; see installer/README.md).
installer:
	installer/build_linux.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
