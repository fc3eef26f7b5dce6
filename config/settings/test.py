"""Fast, isolated settings for the test suite (SQLite by default, PostgreSQL with DATABASE_URL)."""

import os

from .base import *  # noqa: F403

# Lets several test runs share a checkout (TEST_INSTANCE=a pytest ...): each gets its own
# database and media directory.
INSTANCE = os.environ.get("TEST_INSTANCE", "")

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Wagtail caches site root paths: a process-local cache would serve stale Spanish URLs between
# tests (wagtail-notes.md).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    # The form rate limit needs a working cache; tests/test_forms.py clears it between tests.
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
WAGTAILEMBEDS_FINDERS = []
# Media on disk (emptied at the start of each session) so the browser tests' server shows images.
MEDIA_ROOT = BASE_DIR / f".test-media{INSTANCE}"  # noqa: F405
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A file, not an in-memory database, on SQLite: the browser tests' live server then reads the
# committed demo site through its own connection, as it does on PostgreSQL.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # Each test runs inside a transaction; begun IMMEDIATE (base.py), it would hold the write
    # lock for the whole test and the browser tests' server could never write.
    DATABASES["default"]["OPTIONS"].pop("transaction_mode", None)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db{INSTANCE}.sqlite3")}  # noqa: F405
elif INSTANCE:
    DATABASES["default"]["TEST"] = {"NAME": f"test_solidaridad_{INSTANCE}"}  # noqa: F405
