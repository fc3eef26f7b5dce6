# Solidaridad CMS: `make run` to try the site, `make test` to run the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.stamp
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run serve-prod install install-test migrate gettext messages demo test lint format chromium bench bench-tools clean

# Beside the server, publish_scheduled runs every minute so scheduled pages go live on time, and
# send_translation_digest every 15 minutes tells translators what changed (production runs both
# from cron: see README).
run: install migrate messages demo ## Set everything up and serve http://127.0.0.1:8000
	@(minute=0; while sleep 60; do \
		$(MANAGE) publish_scheduled -v 0; \
		minute=$$((minute + 1)); \
		if [ $$((minute % 15)) -eq 0 ]; then $(MANAGE) send_translation_digest -v 0; fi; \
	done) & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

# Production settings on this machine: gunicorn on http://127.0.0.1:8001 against PostgreSQL
# (DATABASE_URL, created if missing), static files from whitenoise. Plain local http, so no HTTPS
# redirect and no Secure cookies; a throwaway SECRET_KEY unless one is given (README, "Production").
# Beside gunicorn, run_worker runs the queued background tasks (form emails, search index...).
SERVE_PROD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/solidaridad
serve-prod: install messages
	@set -e; \
	export DJANGO_SETTINGS_MODULE=config.settings.production; \
	export DATABASE_URL="$${DATABASE_URL:-$(SERVE_PROD_DATABASE_URL)}"; \
	export SECRET_KEY="$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}"; \
	export ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}"; \
	export SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SERVE_MEDIA="$${SERVE_MEDIA:-1}"; \
	case "$$DATABASE_URL" in postgres*) \
		psql "$$DATABASE_URL" -Atqc 'select 1' >/dev/null 2>&1 || \
		createdb --maintenance-db="$${DATABASE_URL%/*}/postgres" "$${DATABASE_URL##*/}";; esac; \
	$(MANAGE) collectstatic --no-input -v 0; \
	$(MANAGE) migrate --no-input -v 0; \
	$(MANAGE) load_demo_content; \
	$(MANAGE) run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn config.wsgi --bind 127.0.0.1:8001 --access-logfile -

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

# The benchmark (README, "Benchmark"): PostgreSQL at three content sizes, gunicorn in production
# settings, Debian's wrk as load generator and a private redis-server. BENCH_SIZES=demo,1k for a
# subset, BENCH_DURATION for wrk's seconds per run.
bench-tools:
	@command -v wrk >/dev/null || (apt-get install -y -q wrk >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null))
	@command -v redis-server >/dev/null || (apt-get install -y -q redis-server >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q redis-server >/dev/null))

bench: install messages bench-tools
	$(BIN)/python bench/serve_load.py

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
