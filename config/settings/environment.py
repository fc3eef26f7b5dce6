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
