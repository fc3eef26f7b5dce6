"""Settings read from environment variables, as functions of an environ mapping, so tests can
call them without importing production.py (which requires SECRET_KEY and the rest)."""


def frontend_cache_settings(environ):
    """WAGTAILFRONTENDCACHE: a caching proxy that takes HTTP PURGE, Cloudflare and CloudFront."""
    backends = {}
    if environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx, Squid...: HTTP PURGE
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if environ.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": environ["CLOUDFLARE_ZONE_ID"],
            "BEARER_TOKEN": environ["CLOUDFLARE_API_TOKEN"],
        }
    if environ.get("CLOUDFRONT_DISTRIBUTION_ID"):  # credentials: the usual AWS_* variables
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends


def logging_settings(environ):
    """LOGGING: errors and warnings to stderr (gunicorn's log), at LOG_LEVEL. A Redis outage,
    which the site survives by serving pages uncached, is logged once a minute with a count,
    not once per cache call."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"once_a_minute": {"()": "home.log_filters.FirstPerInterval", "seconds": 60}},
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "loggers": {
            "django_redis.cache": {"filters": ["once_a_minute"]},
        },
        "root": {"handlers": ["console"], "level": environ.get("LOG_LEVEL", "WARNING")},
    }
