# Solidaridad CMS: `make run` to try the site, `make test` to run the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.stamp
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run install install-test migrate gettext messages demo test lint format chromium clean

run: install migrate messages demo ## Set everything up and serve http://127.0.0.1:8000
	$(MANAGE) runserver 127.0.0.1:8000

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP)-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet .
	@touch $@

$(STAMP)-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet ".[test]"
	@touch $@

install: $(STAMP)-run
install-test: $(STAMP)-test

migrate: install
	$(MANAGE) migrate --no-input -v 0

gettext:
	@command -v msgfmt >/dev/null || (apt-get install -y -q gettext >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q gettext >/dev/null))

messages: install gettext
	$(MANAGE) compilemessages --ignore=.venv -v 0

demo: migrate
	$(MANAGE) load_demo_content

# axe-core, which the accessibility tests inject into pages (pinned in package-lock.json).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --silent --no-audit --no-fund

# Browser tests drive Debian's chromium through Playwright (no browser download).
chromium:
	@command -v chromium >/dev/null || (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null))

test: install-test gettext messages chromium node_modules/.package-lock.json
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run --settings=config.settings.test
	$(BIN)/pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules staticfiles .test-media test-artifacts
