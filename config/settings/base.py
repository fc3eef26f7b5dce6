"""Settings shared by every environment. Values that differ per deployment come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "home",
    "campaigns",
    "blog",
    "accounts",
    # wagtail-localize before the wagtail apps; it replaces wagtail.locales (same app label).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    # Background tasks (Wagtail's and home.tasks): the immediate backend in development and
    # tests, the database queue (its table; our worker, run_worker) in production.
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise, so static files (SVG icons) carry the policies too.
    "home.middleware.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above session, CSRF and locale: it sees the cookies they set, and a hit skips them.
    "home.caching.PageCacheMiddleware",
    # Below it: a page from the cache needs no Site.
    "home.caching.SiteLookupMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor authentication: whether this session entered a code, and, for users who
    # turned it on, no page but the code step until it has (accounts.middleware).
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # What wagtail-localize's views do not check (home.boundaries); after auth and messages.
    "home.boundaries.AdminBoundaryMiddleware",
    # After session/auth/messages, before Wagtail's redirects (wagtail-notes.md).
    "django.middleware.locale.LocaleMiddleware",
    # Before any view reads the body (in the language of the request).
    "home.middleware.RequestSizeLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: it turns a login refused for too many failures into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in (README, "Production"): after 5 failed logins with one username from one IP, that
# pair is refused for 15 minutes (django-axes). Per pair, so an attacker elsewhere cannot lock a
# real editor out. Every further try while locked restarts the 15 minutes; a success resets the
# count. `manage.py axes_reset_username USERNAME` unlocks earlier.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
# The client's IP as the form rate limit sees it: X-Forwarded-For only when
# FORMS_TRUST_X_FORWARDED_FOR says a proxy in front sets it.
AXES_CLIENT_IP_CALLABLE = "home.forms.client_ip"
# The name authenticator apps show beside the code.
OTP_TOTP_ISSUER = "Solidaridad"

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite file by default (make run); PostgreSQL in production and CI through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The editor autosaves while previews and editing-session pings write too: take the write
    # lock when a transaction starts and wait for it, rather than fail with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
# PostgreSQL: two planner settings on the site's connections, as startup options. An empty value
# leaves the server's setting (e.g. behind a PgBouncer that refuses startup options; then set
# them on the database instead).
# - random_page_cost (POSTGRES_RANDOM_PAGE_COST, 1.1): the price of reading a page at random. Its
#   default, 4, models spinning disks, and makes it scan a whole index rather than jump in it (the
#   partner index's 24 of 500 partners: 13 ms; at 1.1, the value PostgreSQL's documentation gives
#   for SSDs, 4 ms).
# - max_parallel_workers_per_gather (POSTGRES_PARALLEL_WORKERS, 0): a page's queries are small,
#   and the one that is not, a search ranking thousands of matches, was slower with the
#   server's default 2 workers (45 ms rather than 35 at 10,000 posts, on 2 cores), which besides
#   take cores from the other requests.
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    planner = {
        "random_page_cost": (os.environ.get("POSTGRES_RANDOM_PAGE_COST", "1.1"), float),
        "max_parallel_workers_per_gather": (os.environ.get("POSTGRES_PARALLEL_WORKERS", "0"), int),
    }
    if startup := [f"-c {name}={kind(value)}" for name, (value, kind) in planner.items() if value]:
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = " ".join(startup)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source, Spanish the translation (design.md, "Bilingual model").
LANGUAGE_CODE = "en"
# The public language switcher names each language in itself; the admin names content languages
# in the user's admin language ("inglés → español" for a translator, wagtail-localize's editor too).
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_CONTENT_LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
# Starting a translation must not publish English text at /es/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "America/Los_Angeles"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Django serves uploads only in development and tests; production uses a web server or S3.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's editor posts many fields on big pages.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Solidaridad"
# Moderation, comment and form notifications come from this address.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Solidaridad <website@example.org>")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Seconds a background task may stay RUNNING before the worker takes it for lost (its worker was
# killed) and tries it again (home/worker.py). Far above any task's time: an email's SMTP
# exchange is bounded by EMAIL_TIMEOUT per step.
TASKS_RUNNING_TIMEOUT = 10 * 60
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
# No request to the internet at runtime: admin avatars are uploaded, never fetched from Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask releases.wagtail.org for a new version (the CSP would refuse it too).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Nor does the dashboard show a "What's new in Wagtail" banner pointing at wagtail.org.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Wagtail's database backend, its PostgreSQL query trimmed (home/search_backend.py).
# SEARCH_CONFIG, PostgreSQL's text search configuration of both the index and the queries: named,
# to_tsquery is evaluated once per search, not once per matching page and ranking (unnamed, it
# reads the server's default_text_search_config, so it may not be computed in advance: 37 ms
# rather than 25 for a word of 6,000 posts), and the index no longer depends on the server's
# locale. Changing it needs `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "home.search_backend", "SEARCH_CONFIG": "english"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Uploads (README, "For editors"). Wagtail checks that an image's content is of its extension's
# format (no SVG, no HTML named .png), its size, and its pixels: at most 50 megapixels, about
# 200 MB of memory to draw its renditions. Of a document it checks only the extension, so every
# document is downloaded, never opened in the browser: Wagtail's serve view sends it as an
# attachment, with nosniff and a CSP of default-src 'none'. Always through that view, whatever
# the storage, so those headers and the privacy of collections hold.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# And it must decode whole, not only its header (a truncated PNG, a malformed GIF): home/images.py.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.ImageForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# A request body is at most the largest upload plus the 2.5 MB of other fields that Django
# allows (DATA_UPLOAD_MAX_MEMORY_SIZE, its default): home.middleware.RequestSizeLimitMiddleware.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
MAX_REQUEST_BODY_SIZE = (
    max(WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILDOCS_MAX_UPLOAD_SIZE) + DATA_UPLOAD_MAX_MEMORY_SIZE
)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Rich text: only what the site's design styles (no h1, no colours).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]
        },
    }
}

# Production fetches embeds through oEmbed; dev and test set this to [] so nothing leaves the
# machine, and the embed block degrades to a plain link.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed"}]

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Form submissions per client IP (home.forms). Per process here: with several workers,
    # production should point this alias at a shared cache (Redis).
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ratelimit",
    },
}
# Behind a reverse proxy REMOTE_ADDR is the proxy's: set this to "1" to take the client's IP from
# the last address the proxy appended to X-Forwarded-For. Never without such a proxy: the header
# can be forged.
FORMS_TRUST_X_FORWARDED_FOR = os.environ.get("FORMS_TRUST_X_FORWARDED_FOR", "") == "1"

# The page cache (home/caching.py): public pages for anonymous visitors, this many seconds,
# purged on every publish. Off (0) unless the cache is shared by every process that serves or
# publishes pages: production turns it on with Redis.
PAGE_CACHE_TIMEOUT = 0
PAGE_CACHE_ALIAS = "default"
# Parts that many pages render alike (the footer, a listing's filter options and counts), kept
# in the same cache and purged with it (home.caching.cached_value): they make a page the page
# cache does not hold yet cheaper to render. Off (0) here for the same reason.
FRAGMENT_CACHE_TIMEOUT = 0
# Cache-Control of those pages, for browsers (max-age) and a CDN (s-maxage). Behind a CDN that
# Wagtail purges (WAGTAILFRONTENDCACHE), s-maxage bounds how late the listings are that a
# purge does not name (production.py).
PUBLIC_CACHE_CONTROL = {
    "public": True,
    "max_age": 60,
    "s_maxage": 300,
    "stale_while_revalidate": 60,
    "stale_if_error": 24 * 60 * 60,
}
# Our purge names each translation's own URL (Spanish slugs differ from English ones): no
# rewriting of /en/ into /es/ by wagtail.contrib.frontend_cache.
WAGTAILFRONTENDCACHE_LANGUAGES = []

COUNTRIES_FIRST = ["SV", "CO", "HN", "HT", "MX", "GT", "PE", "VE", "US"]

# Security headers, in every environment (production adds HSTS, HTTPS and secure cookies).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Old browsers only: modern ones follow the CSP's frame-ancestors 'self' (Wagtail's preview
# iframe is same-origin), which supersedes X-Frame-Options.
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    ]
}
# Content-Security-Policy (django-csp): the public site loads only its own files: no inline
# script or style, no external origin. Media and static files are same-origin.
_CSP_COMMON = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
    }
}
# The Wagtail admin (home.middleware.SiteCSPMiddleware) still has inline scripts and styles, and
# shows uploads being chosen as blob: and data: images.
CSP_ADMIN_DIRECTIVES = {
    **_CSP_COMMON,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
}
