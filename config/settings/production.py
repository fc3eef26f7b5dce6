"""Production: everything from the environment (README, "Production"; .env.example lists it all).

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL (read in base.py). Optional: REDIS_URL,
EMAIL_URL or EMAIL_HOST..., MEDIA_ROOT, SERVE_MEDIA or AWS_STORAGE_BUCKET_NAME and AWS_*,
TASKS_BACKEND, SECURE_* switches.
"""

import os
from urllib.parse import parse_qs, unquote, urlsplit

from .base import *  # noqa: F403
from .environment import frontend_cache_settings, logging_settings


def env_bool(name, default, environ=os.environ):
    value = environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [host.strip() for host in os.environ["ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

# Static files: whitenoise serves them compressed (gzip and brotli), under hashed names, with
# a cache lifetime of ten years (run `manage.py collectstatic`).
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# Uploads on the local disk (MEDIA_ROOT, base.py); a web server in front serves /media/. Set
# SERVE_MEDIA=1 to let Django serve them (a single machine without such a server, or local trials).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)


# Or, with AWS_STORAGE_BUCKET_NAME, uploads (originals, renditions, documents) in a bucket of an
# S3-compatible object store (AWS S3; MinIO, Ceph, Cloudflare R2... at AWS_S3_ENDPOINT_URL),
# through django-storages. Pages link to the files there, or on AWS_S3_CUSTOM_DOMAIN (a CDN).
def media_storage_settings(environ):
    """Settings for uploads: STORAGES["default"] (under "STORAGES"), django-storages' AWS_*
    settings, and MEDIA_ORIGIN, the origin browsers fetch uploads from ("" for this site),
    which the Content-Security-Policy must allow."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {
            "STORAGES": {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}},
            "MEDIA_ORIGIN": "",
        }
    endpoint = environ.get("AWS_S3_ENDPOINT_URL", "").strip().rstrip("/")
    if endpoint and not urlsplit(endpoint).netloc:
        raise ValueError(f"AWS_S3_ENDPOINT_URL: not a URL: {endpoint!r}")
    custom_domain = environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip().strip("/")
    protocol = "http:" if environ.get("AWS_S3_URL_PROTOCOL", "").strip() == "http:" else "https:"
    if custom_domain:
        origin = f"{protocol}//{custom_domain.split('/')[0]}"
    elif endpoint:  # path-style URLs: endpoint/bucket/key
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(endpoint))
    else:  # AWS: virtual-hosted URLs
        origin = f"https://{bucket}.s3.amazonaws.com"
    media = {
        # Everything as settings, nothing in the entry's OPTIONS: Wagtail queues the deletion of
        # a file with the storage's constructor arguments (storage.deconstruct()), and the task
        # queue must hold no credentials.
        "STORAGES": {"default": {"BACKEND": "storages.backends.s3.S3Storage"}},
        "MEDIA_ORIGIN": origin,
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint or None,
        "AWS_S3_REGION_NAME": (
            environ.get("AWS_S3_REGION_NAME") or environ.get("AWS_DEFAULT_REGION") or None
        ),
        "AWS_S3_SIGNATURE_VERSION": "s3v4",
        "AWS_LOCATION": environ.get("AWS_LOCATION", "").strip().strip("/"),
        "AWS_S3_CUSTOM_DOMAIN": custom_domain or None,
        "AWS_S3_URL_PROTOCOL": protocol,
        # No ACL on objects: the bucket's policy says who reads them (buckets that enforce
        # object ownership, the default on AWS now, refuse ACLs).
        "AWS_DEFAULT_ACL": None,
        # An upload never replaces another file of the same name: it gets a name of its own.
        "AWS_S3_FILE_OVERWRITE": False,
        # Plain URLs that do not expire: renditions sit in cached pages and in browsers' caches.
        # The bucket (or the CDN) is public-read. AWS_QUERYSTRING_AUTH=1 signs them for an
        # hour instead (a private bucket, no custom domain, no page cache).
        "AWS_QUERYSTRING_AUTH": not custom_domain
        and env_bool("AWS_QUERYSTRING_AUTH", False, environ),
        "AWS_S3_OBJECT_PARAMETERS": {"CacheControl": "max-age=604800"},
    }
    # Else boto3 finds them itself (an instance role, ~/.aws/credentials).
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        if environ.get(name):
            media[name] = environ[name]
    return media


_media = media_storage_settings(os.environ)
STORAGES["default"] = _media.pop("STORAGES")["default"]  # noqa: F405
MEDIA_ORIGIN = _media.pop("MEDIA_ORIGIN")
globals().update(_media)

# HTTPS. Behind a proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
if SECURE_SSL_REDIRECT:
    # Browsers fetch any http:// subresource (an old link in rich text) over HTTPS.
    CONTENT_SECURITY_POLICY = {  # a copy: base's dict stays as it is
        "DIRECTIVES": {
            **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
            "upgrade-insecure-requests": True,
        }
    }
if MEDIA_ORIGIN:
    # Pages and the admin show uploads from the bucket (or its CDN).
    CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {
            **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
            "img-src": [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], MEDIA_ORIGIN],  # noqa: F405
        }
    }
    CSP_ADMIN_DIRECTIVES = {
        **CSP_ADMIN_DIRECTIVES,  # noqa: F405
        "img-src": [*CSP_ADMIN_DIRECTIVES["img-src"], MEDIA_ORIGIN],  # noqa: F405
    }
SILENCED_SYSTEM_CHECKS = []
if not SECURE_HSTS_PRELOAD:
    # Joining browsers' preload list is a commitment for the whole domain, taken on purpose
    # (SECURE_HSTS_PRELOAD=1), not a default: do not warn about it.
    SILENCED_SYSTEM_CHECKS.append("security.W021")

# Caches: Redis when REDIS_URL is set. An unreachable Redis degrades to uncached serving (and
# an unlimited form rate limit), never to errors: its failures are logged and ignored.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _redis_options = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 1,
        "SOCKET_TIMEOUT": 1,
    }
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "solidaridad",
            "OPTIONS": _redis_options,
        },
        "ratelimit": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "solidaridad-ratelimit",
            "OPTIONS": _redis_options,
        },
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Sessions read from Redis, written to the database too: a Redis outage logs nobody out.
    # (Only with a shared cache: with per-process caches, workers would disagree on a session.)
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    # Public pages for anonymous visitors from Redis (home/caching.py); PAGE_CACHE_TIMEOUT=0
    # turns it off. Never without Redis: each process would purge only its own copy.
    PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", 10 * 60))
    FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("FRAGMENT_CACHE_TIMEOUT", 10 * 60))


# A CDN or caching proxy in front: Wagtail purges published pages from it (home/caching.py adds
# their translations and listings), through the task worker.
WAGTAILFRONTENDCACHE = frontend_cache_settings(os.environ)
# How long a CDN may keep a page: listings a purge does not name are at most this late.
PUBLIC_CACHE_CONTROL = {
    **PUBLIC_CACHE_CONTROL,  # noqa: F405
    "s_maxage": int(os.environ.get("CDN_MAX_AGE", PUBLIC_CACHE_CONTROL["s_maxage"])),  # noqa: F405
}


# Email: EMAIL_URL (smtp://user:password@host:587?tls=1, smtps://... for implicit TLS,
# console:// to print), or EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
# EMAIL_USE_TLS / EMAIL_USE_SSL. Neither: no email can be sent; it is printed to the log.
def email_settings(environ):
    url = environ.get("EMAIL_URL", "")
    if url:
        parts = urlsplit(url)
        if parts.scheme == "console":
            return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
        if parts.scheme not in {"smtp", "smtps", "submission"}:
            raise ValueError(f"EMAIL_URL: unknown scheme {parts.scheme!r}")
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        use_ssl = parts.scheme == "smtps" or query.get("ssl", "") in {"1", "true"}
        use_tls = parts.scheme == "submission" or query.get("tls", "") in {"1", "true"}
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname or "localhost",
            "EMAIL_PORT": parts.port or (465 if use_ssl else 587 if use_tls else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_TLS": use_tls,
            "EMAIL_USE_SSL": use_ssl,
        }
    if environ.get("EMAIL_HOST"):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": environ["EMAIL_HOST"],
            "EMAIL_PORT": int(environ.get("EMAIL_PORT", 587)),
            "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": environ.get("EMAIL_USE_TLS", "1").lower() in {"1", "true", "yes"},
            "EMAIL_USE_SSL": environ.get("EMAIL_USE_SSL", "").lower() in {"1", "true", "yes"},
        }
    return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}


globals().update(email_settings(os.environ))
# Seconds the mail server may take to answer each step (connect, greet, accept the message...):
# one that accepts connections and never answers would otherwise hold the task worker for ever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 20))
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
ADMINS = [("Admins", address) for address in os.environ.get("ADMINS", "").split(",") if address]


# Background tasks: form notification emails (home.tasks) and Wagtail's own (search and reference
# index updates, file deletions, front-end cache purges). TASKS_BACKEND=database (the default)
# queues them in the database, for `manage.py run_worker` to run beside the web server (README);
# TASKS_BACKEND=immediate runs them in the request, as in development and tests.
def tasks_settings(environ):
    backend = environ.get("TASKS_BACKEND", "").strip() or "database"
    if backend == "database":
        return {"TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}}
    if backend == "immediate":
        return {
            "TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
        }
    raise ValueError(f"TASKS_BACKEND: {backend!r} is neither 'database' nor 'immediate'")


globals().update(tasks_settings(os.environ))
TASKS_RUNNING_TIMEOUT = int(os.environ.get("TASKS_RUNNING_TIMEOUT", TASKS_RUNNING_TIMEOUT))  # noqa: F405

# Errors and warnings (an ignored Redis failure, once a minute) to stderr: gunicorn's log.
LOGGING = logging_settings(os.environ)
