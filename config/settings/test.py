"""Fast, isolated settings for the test suite (SQLite by default, PostgreSQL with DATABASE_URL)."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Wagtail caches site root paths: a process-local cache would serve stale Spanish URLs between
# tests (wagtail-notes.md).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
WAGTAILEMBEDS_FINDERS = []
# Media on disk (emptied at the start of each session) so the browser tests' server shows images.
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A file, not an in-memory database, on SQLite: the browser tests' live server then reads the
# committed demo site through its own connection, as it does on PostgreSQL.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
