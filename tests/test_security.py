"""Security headers on every response (the strict Content-Security-Policy on the public site, a
relaxed one in the admin), pages that need no inline script or style, and production settings
that pass `check --deploy` from environment variables alone."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from wagtail.models import Page

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
EXTRA_URLS = [
    "/en/search/?q=union",
    "/es/search/?q=sindicato",
    "/en/feed/",
    "/sitemap.xml",
    "/robots.txt",
    "/en/no-such-page/",
]


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_common_headers(response, static=False):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    if not static:  # whitenoise answers before the X-Frame-Options middleware: CSP suffices
        assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ["camera", "microphone", "geolocation", "payment"]:
        assert f"{feature}=()" in permissions
    csp = policy(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["default-src"] == ["'self'"]
    # No external origin, no CDN.
    assert not re.search(r"https?:", response["Content-Security-Policy"])


@pytest.fixture
def public_urls(db):
    pages = Page.objects.live().filter(depth__gte=2).specific().order_by("path")
    return [page.url for page in pages] + EXTRA_URLS


def test_every_public_page_has_the_strict_policy(client, public_urls):
    page_types = set()
    for url in public_urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_common_headers(response)
        csp = policy(response)
        assert csp["script-src"] == ["'self'"], url
        assert csp["style-src"] == ["'self'"], url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]
        if response.status_code == 200 and "page" in (response.context or {}):
            page_types.add(type(response.context["page"]).__name__)
    assert {
        "HomePage",
        "StandardPage",
        "FormPage",
        "CampaignIndexPage",
        "CampaignPage",
        "PartnerIndexPage",
        "PartnerPage",
        "TourIndexPage",
        "TourPage",
        "PeopleIndexPage",
        "PersonPage",
        "BlogIndexPage",
        "BlogPostPage",
    } <= page_types


def test_public_pages_need_no_inline_script_or_style(client, public_urls):
    """What the strict policy would refuse: inline <script>s (data blocks aside), event handler
    attributes, <style> elements and style attributes."""
    for url in public_urls:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all(
            "src=" in tag or re.search(r'type="application/(ld\+)?json"', tag) for tag in scripts
        ), (url, scripts)
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), url
        assert not re.search(r"<[^>]+\sstyle\s*=", html), url
        assert "<style" not in html, url


def test_static_files_carry_the_headers(client):
    response = client.get("/static/icons/favicon.svg")
    assert response.status_code == 200
    assert_common_headers(response, static=True)


def test_admin_has_the_relaxed_policy(admin_client):
    """Wagtail's admin still has inline scripts and styles: its own policy allows them, and
    nothing else more than the public one."""
    for response in [Client().get("/admin/login/"), admin_client.get("/admin/")]:
        assert response.status_code == 200
        assert_common_headers(response)
        csp = policy(response)
        assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
        assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_session_and_csrf_cookies_are_http_only(client, settings):
    assert settings.SESSION_COOKIE_HTTPONLY
    response = client.get("/admin/login/")
    assert response.cookies["csrftoken"]["samesite"] == "Lax"


def production_env(**env):
    """This process's environment with production settings made of `env` and required values."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("EMAIL_", "REDIS_", "SECURE_", "DJANGO_"))
    }
    return environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org,www.example.org",
        # The suite's database (PostgreSQL in CI), else a SQLite file that need not exist.
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'unused.sqlite3'}",
        **env,
    }


def production(code, **env):
    """Run `code` (Python, after django.setup()) under the production settings; its output."""
    script = f"import django; django.setup(); from django.conf import settings\n{code}"
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


def test_production_settings_pass_check_deploy():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(
            REDIS_URL="redis://127.0.0.1:6379/0",
            EMAIL_URL="smtp://mailer:p%40ss@mail.example.org:587?tls=1",
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_from_the_environment():
    dumped = json.loads(
        production(
            "import json; print(json.dumps({name: getattr(settings, name) for name in ["
            "'ALLOWED_HOSTS', 'CSRF_TRUSTED_ORIGINS', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS',"
            "'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', 'SESSION_COOKIE_SECURE',"
            "'CSRF_COOKIE_SECURE', 'SESSION_ENGINE', 'EMAIL_BACKEND', 'EMAIL_HOST',"
            "'EMAIL_PORT', 'EMAIL_HOST_USER', 'EMAIL_HOST_PASSWORD', 'EMAIL_USE_TLS',"
            "'CONTENT_SECURITY_POLICY', 'STORAGES']}, default=str))",
            EMAIL_URL="smtp://mailer:p%40ss@mail.example.org?tls=1",
        )
    )
    assert dumped["ALLOWED_HOSTS"] == ["example.org", "www.example.org"]
    assert dumped["CSRF_TRUSTED_ORIGINS"] == ["https://example.org", "https://www.example.org"]
    assert dumped["SECURE_SSL_REDIRECT"] is True
    assert dumped["SECURE_HSTS_SECONDS"] == 31_536_000
    assert dumped["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert dumped["SECURE_HSTS_PRELOAD"] is False
    assert dumped["SESSION_COOKIE_SECURE"] is dumped["CSRF_COOKIE_SECURE"] is True
    # No REDIS_URL: plain database sessions (per-process caches would disagree on them).
    assert dumped["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert dumped["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (dumped["EMAIL_HOST"], dumped["EMAIL_PORT"]) == ("mail.example.org", 587)
    assert (dumped["EMAIL_HOST_USER"], dumped["EMAIL_HOST_PASSWORD"]) == ("mailer", "p@ss")
    assert dumped["EMAIL_USE_TLS"] is True
    assert dumped["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["upgrade-insecure-requests"] is True
    assert "CompressedManifest" in dumped["STORAGES"]["staticfiles"]["BACKEND"]


def test_production_email_from_separate_variables():
    dumped = json.loads(
        production(
            "import json; print(json.dumps([settings.EMAIL_HOST, settings.EMAIL_PORT,"
            " settings.EMAIL_HOST_USER, settings.EMAIL_USE_TLS]))",
            EMAIL_HOST="smtp.example.org",
            EMAIL_PORT="2525",
            EMAIL_HOST_USER="web",
            EMAIL_HOST_PASSWORD="secret",
            EMAIL_USE_TLS="0",
        )
    )
    assert dumped == ["smtp.example.org", 2525, "web", False]


def test_redis_going_away_degrades_to_no_cache():
    """With REDIS_URL on a port where nothing listens, the caches miss instead of failing."""
    output = production(
        "from django.core.cache import caches\n"
        "caches['default'].set('x', 1); caches['ratelimit'].set('y', 1)\n"
        "print(caches['default'].get('x'), caches['ratelimit'].get('y'),"
        " settings.SESSION_ENGINE, settings.CACHES['default']['BACKEND'])",
        REDIS_URL="redis://127.0.0.1:9/0",
    )
    assert output.split() == [
        "None",
        "None",
        "django.contrib.sessions.backends.cached_db",
        "django_redis.cache.RedisCache",
    ]
