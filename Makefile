# Two entry points: `make demo` and `make test`. Both create .venv on first use.
# The package is installed into .venv as a user would install it (not editable),
# so tests see exactly what a wheel ships: templates and the namespace plugin.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml $(shell find pelican_celebmeta templates pelican -type f \( -name '*.py' -o -name '*.html' -o -name '*.txt' \) 2>/dev/null)

.PHONY: demo test lint format clean

$(BIN)/.deps: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet '.[test]'
	touch $@

$(BIN)/.installed: $(BIN)/.deps $(SOURCES)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	touch $@

demo: $(BIN)/.installed
	cd demo-site && ../$(BIN)/pelican content -s pelicanconf.py -o output

# Debian's chromium for the browser test; without root or apt the test is skipped.
$(BIN)/.browser: | $(BIN)/.deps
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "chromium could not be installed: the browser test will be skipped"
	touch $@

test: $(BIN)/.installed $(BIN)/.browser lint
	$(BIN)/python -I -m pytest -p no:cacheprovider

lint: $(BIN)/.deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.deps
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) demo-site/output build *.egg-info
