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
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
