"""Bad input against every public URL and form: hostile query strings, malformed paths and
locale prefixes, path traversal, oversized and script-laden form posts. Whatever a visitor (or
a scanner) sends, the site answers with a page, a 4xx or a redirect: never a 500, never an
injected script echoed back unescaped."""

import io
import traceback
from urllib.parse import quote

import pytest
from django.core.cache import caches
from django.test import Client
from wagtail.documents import get_document_model

from campaigns.models import TourPage

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
SVG = '"><svg onload=alert(1)>'
# What must never come back unescaped in a response body.
REFLECTED = ("<script>alert(1)</script>", "<svg onload=alert(1)>")
HUGE_NUMBER = "99999999999999999999"  # beyond any database integer

TOUR = {"en": "/en/tours/west-coast-labor-solidarity-tour-2013/"}
FORMS = ["/en/contact/", "/es/contacto/", "/en/invite-a-speaker/", "/es/invita-a-un-orador/"]


@pytest.fixture(autouse=True)
def rate_limit():
    """No form submission counted against the test client's IP from one test to the next."""
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def visitor():
    """A client that returns a 500 as a response (with its exception) instead of raising, so
    `check` can fail with the URL and the traceback."""
    return Client(raise_request_exception=False)


def body(response):
    if response.streaming:
        content = b"".join(response.streaming_content)
        response.close()
        return content.decode(errors="replace")
    return response.content.decode(errors="replace")


def check(response, what):
    """Fail on a server error or a reflected script; return the response's text."""
    if response.status_code >= 500:
        exc_info = getattr(response, "exc_info", None)
        detail = "".join(traceback.format_exception(*exc_info)) if exc_info else body(response)
        pytest.fail(f"{what} gave {response.status_code}:\n{detail}")
    text = body(response)
    for needle in REFLECTED:
        assert needle not in text, f"{what} reflects {needle!r} unescaped"
    if response.status_code in (301, 302, 303, 307, 308):
        location = response["Location"]
        assert location.startswith("/") and not location.startswith(("//", "/\\")), (
            f"{what} redirects off the site: {location}"
        )
    return text


# --- Query strings ------------------------------------------------------------------------------

# Values for one parameter, already percent-encoded as a browser or a scanner would send them;
# "{p}" stands for the parameter's name.
QUERIES = {
    "long": "{p}=" + "x" * 10_000,
    "nul": "{p}=a%00b",
    "invalid-utf8": "{p}=%ff%fe",
    "lone-surrogate": "{p}=%ed%a0%80",
    "truncated-utf8": "{p}=%c3",
    "emoji": "{p}=%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD",
    "rtl": "{p}=%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%84%E2%80%AE",
    "sql": "{p}=%27%20OR%201%3D1%20--",
    "sql-union": "{p}=1%20UNION%20SELECT%20password%20FROM%20auth_user--",
    "script": "{p}=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "svg": "{p}=%22%3E%3Csvg%20onload%3Dalert(1)%3E",
    "raw-script": "{p}=<script>alert(1)</script>",
    "minus-one": "{p}=-1",
    "zero": "{p}=0",
    "huge-number": "{p}=" + HUGE_NUMBER,
    "abc": "{p}=abc",
    "exponent": "{p}=1e3",
    "float": "{p}=1.5",
    "array": "{p}=1&{p}=2",
    "php-array": "{p}[]=1&{p}[0]=2",
    "empty": "{p}=",
    "no-value": "{p}",
    "percent": "{p}=%",
}

# (URL, parameter) pairs: every parameter a public listing reads, plus an unknown one on the
# pages that read none.
TARGETS = [
    ("/en/search/", "q"),
    ("/es/search/", "q"),
    ("/en/search/?q=union&", "page"),
    ("/es/search/?q=sindicato&", "page"),
    ("/en/news/", "page"),
    ("/es/noticias/", "page"),
    ("/en/news/?topic=migration&", "page"),
    ("/en/news/", "topic"),
    ("/es/noticias/", "topic"),
    ("/en/news/", "partner"),
    ("/es/noticias/", "partner"),
    ("/en/news/", "campaign"),
    ("/es/noticias/", "campaign"),
    ("/en/partners/", "country"),
    ("/es/aliadas/", "country"),
    ("/en/", "utm_source"),
    ("/es/campanas/", "page"),
    ("/en/tours/", "page"),
    ("/es/personas/", "page"),
    ("/en/feed/", "page"),
    ("/es/feed/", "q"),
    ("/sitemap.xml", "p"),
    ("/robots.txt", "x"),
]


def with_query(url, query):
    return url + query if url.endswith("&") else f"{url}?{query}"


@pytest.mark.parametrize("query", QUERIES.values(), ids=QUERIES.keys())
@pytest.mark.parametrize(
    ("url", "param"), TARGETS, ids=[f"{url.rstrip('&?')}:{p}" for url, p in TARGETS]
)
def test_hostile_query_strings(visitor, url, param, query):
    full = with_query(url, query.replace("{p}", param))
    response = visitor.get(full)
    check(response, full[:200])
    # Bad page numbers give a sane page; unknown filter values (and sitemap pages) a 404.
    assert response.status_code in (200, 404), full[:200]
    if param in ("q", "page", "country", "utm_source", "x"):
        assert response.status_code == 200, full[:200]


@pytest.mark.parametrize("url", ["/en/search/?q=", "/es/search/?q="])
@pytest.mark.parametrize("payload", [SCRIPT, SVG], ids=["script", "svg"])
def test_search_shows_the_query_escaped(client, url, payload):
    text = check(client.get(url + quote(payload)), url)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text or "&lt;svg onload=alert(1)&gt;" in text


@pytest.mark.parametrize(
    "url",
    ["/en/search/", "/es/search/", "/en/news/", "/es/noticias/", "/en/partners/", "/en/"],
)
def test_huge_query_strings(visitor, url):
    # About 100 KB in one value, then 20,000 parameters: Django refuses more than
    # DATA_UPLOAD_MAX_NUMBER_FIELDS (10,000) with a 400 once a view reads request.GET.
    response = visitor.get(f"{url}?q=union&junk={'y' * 100_000}")
    check(response, f"{url} with a 100 KB query string")
    assert response.status_code == 200
    many = "&".join(f"f{i}={SCRIPT}" for i in range(20_000))
    response = visitor.get(f"{url}?{many}")
    check(response, f"{url} with 20,000 parameters")
    assert response.status_code in (200, 400)


# --- Paths --------------------------------------------------------------------------------------

LONG = "a" * 5_000
PATHS = {
    "unknown-prefix": "/xx/",
    "region-prefix": "/en-us/",
    "upper-prefix": "/EN/",
    "upper-prefix-page": "/ES/noticias/",
    "double-slash": "/es//",
    "nul": "/es/%00/",
    "nul-page": "/en/news%00/",
    "invalid-utf8": "/en/%ff%fe/",
    "dot-dot": "/en/../es/",
    "encoded-dot-dot": "/en/%2e%2e/%2e%2e/config/settings/base.py",
    "long-slug": f"/en/{LONG}/",
    "long-unprefixed": f"/{LONG}/",
    "deep": "/en/" + "a/" * 2_500,
    "unicode-slug": "/es/campa%C3%B1as-ni%C3%B1os/",
    "emoji-slug": "/en/%F0%9F%98%80/",
    "rtl-slug": "/en/%D8%B9%D9%85%D8%A7%D9%84/",
    "script-slug": "/en/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
    "script-unprefixed": "/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "svg-slug": "/en/news/%22%3E%3Csvg%20onload%3Dalert(1)%3E/",
    "sql-slug": "/en/news/%27%20OR%201%3D1%20--/",
    "feed-subpath": "/en/feed/atom/",
    "feed-script": "/es/feed/%3Cscript%3E/",
    "sitemap-subpath": "/sitemap.xml/x/",
    "robots-subpath": "/robots.txt/../manage.py",
    "stop-missing": TOUR["en"] + "stops/999999/calendar/",
    "stop-huge": TOUR["en"] + f"stops/{HUGE_NUMBER}/calendar/",
    "stop-abc": TOUR["en"] + "stops/abc/calendar/",
    "stop-negative": TOUR["en"] + "stops/-1/calendar/",
    "stop-es-missing": "/es/giras/gira-solidaridad-laboral-costa-oeste-2013/stops/999999/calendar/",
    "tour-calendar-subpath": TOUR["en"] + "calendar/x/",
    "document-missing": "/documents/999999/x.pdf",
    "document-huge-id": f"/documents/{HUGE_NUMBER}/x.pdf",
    "document-long-name": f"/documents/1/{LONG}.pdf",
    "document-nul": "/documents/1/x%00.pdf",
    "document-password-missing": "/documents/authenticate_with_password/999999/999999/",
    "media-traversal": "/media/../config/settings/base.py",
    "media-encoded-traversal": "/media/%2e%2e/%2e%2e/etc/passwd",
    "media-absolute": "/media//etc/passwd",
    "media-nul": "/media/x%00.jpg",
    "media-long": f"/media/{LONG}",
    "media-long-dir": f"/media/images/{LONG}/x.jpg",
    "static-traversal": "/static/../manage.py",
    "static-encoded-traversal": "/static/%2e%2e/manage.py",
    "static-long": f"/static/{LONG}.css",
}


@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_malformed_paths(visitor, path):
    response = visitor.get(path)
    check(response, path[:200])
    assert response.status_code in (301, 302, 400, 404), path[:200]
    if response.status_code in (301, 302):
        # Malformed locale prefixes are redirected under a language, where they are not found.
        final = visitor.get(response["Location"], follow=True)
        check(final, response["Location"][:200])
        assert final.status_code in (400, 404), path[:200]


# Odd but harmless: each leads (through a redirect) to a real page.
REDIRECTED_PATHS = {
    "no-slash": "/en/news",
    "feed-unprefixed": "/feed/",
    "feed-no-slash": "/es/feed",
    "robots-script": "/robots.txt?x=<script>alert(1)</script>",
    "admin-traversal": "/admin/../manage.py",
}


@pytest.mark.parametrize("path", REDIRECTED_PATHS.values(), ids=REDIRECTED_PATHS.keys())
def test_odd_paths_reach_a_real_page(visitor, path):
    response = visitor.get(path, follow=True)
    check(response, path)
    assert response.status_code == 200, path


# Paths that reach Django untouched by the test client's URL parsing (which would read "//en/"
# as a host name): a real server passes them as they are.
RAW_PATHS = {
    "leading-double-slash": "//en/",
    "protocol-relative": "//evil.example/",
    "protocol-relative-no-slash": "//evil.example",
    "backslash": "/\\evil.example/",
    "triple-slash": "///en/news/",
}


@pytest.mark.parametrize("path", RAW_PATHS.values(), ids=RAW_PATHS.keys())
def test_raw_malformed_paths(visitor, path):
    response = visitor.get("/", PATH_INFO=path)
    check(response, path)
    assert response.status_code in (301, 302, 400, 404), path


def test_tour_stop_calendar_still_works(client):
    """The baseline: a real stop's calendar, next to the bad ones above."""
    tour = TourPage.objects.get(url_path__endswith="/west-coast-labor-solidarity-tour-2013/")
    stop = tour.stops.first()
    response = client.get(f"{TOUR['en']}stops/{stop.pk}/calendar/")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "suffix",
    [
        "../../etc/passwd",
        "%2e%2e%2f%2e%2e%2fsettings.py",
        "..%2f..%2fconfig%2fsettings%2fbase.py",
        "%2e%2e/%2e%2e/%2e%2e/manage.py",
        "x.pdf%00.txt",
        "",
    ],
    ids=["traversal", "encoded-traversal", "encoded-slash", "dot-dot-dirs", "nul", "no-name"],
)
def test_document_path_traversal(visitor, suffix):
    document = get_document_model().objects.first()
    assert visitor.get(document.url).status_code == 200  # the real file is served
    path = f"/documents/{document.pk}/{suffix}"
    response = visitor.get(path, follow=True)
    text = check(response, path)
    assert response.status_code == 404, path
    assert "SECRET_KEY" not in text and "root:" not in text


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_HOST": "<script>alert(1)</script>"},
        {"HTTP_HOST": "evil.example:99999999999"},
        {"HTTP_ACCEPT_LANGUAGE": "x" * 10_000},
        {"HTTP_ACCEPT_LANGUAGE": "<script>alert(1)</script>;q=1"},
        {"HTTP_ACCEPT_LANGUAGE": "es;q=abc, en;q=" + HUGE_NUMBER},
        {"HTTP_COOKIE": "django_language=<script>alert(1)</script>"},
        {"HTTP_COOKIE": "sessionid=" + "x" * 5_000},
        {"HTTP_X_FORWARDED_FOR": "<script>alert(1)</script>"},
        {"HTTP_REFERER": "javascript:alert(1)"},
    ],
    ids=[
        "host-script",
        "host-port",
        "long-language",
        "script-language",
        "bad-quality",
        "script-language-cookie",
        "long-session-cookie",
        "forwarded-script",
        "javascript-referer",
    ],
)
@pytest.mark.parametrize("path", ["/", "/en/", "/es/search/?q=a", "/robots.txt"])
def test_hostile_headers(visitor, path, headers):
    response = visitor.get(path, **headers)
    check(response, f"{path} {headers}")
    assert response.status_code in (200, 301, 302, 400), path


# --- Forms --------------------------------------------------------------------------------------

FIELDS = ("name", "email", "organization", "city", "dates", "message", "committee")
VALUES = {
    "script": SCRIPT,
    "svg": SVG,
    "long": "x" * 100_000,
    "unicode": "Zoë 😀👍🏽 العمال \u202e ñandú",
    "sql": "' OR 1=1 --",
    "nul": "a\x00b",
    "newlines": "a\r\nBcc: victim@example.org\r\n",
}


def form_data(value, **overrides):
    return dict.fromkeys(FIELDS, value) | overrides


@pytest.mark.parametrize("url", FORMS)
@pytest.mark.parametrize("value", VALUES.values(), ids=VALUES.keys())
def test_hostile_values_in_every_field(visitor, url, value):
    """An invalid email keeps the form on screen: every field is shown again, escaped."""
    response = visitor.post(url, form_data(value))
    text = check(response, f"POST {url}")
    assert response.status_code == 200, url
    assert 'aria-invalid="true"' in text
    if value in (SCRIPT, SVG):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text or "&lt;svg onload" in text


@pytest.mark.parametrize("url", FORMS)
@pytest.mark.parametrize(
    "value", [SCRIPT, SVG, VALUES["unicode"]], ids=["script", "svg", "unicode"]
)
def test_valid_submission_with_hostile_text(visitor, url, value):
    """A valid email: the submission goes through (or is refused as invalid) without echoing."""
    data = form_data(value, email="ana@example.org", committee="none")
    response = visitor.post(url, data)
    check(response, f"POST {url}")
    assert response.status_code == 200, url


@pytest.mark.parametrize("url", FORMS)
def test_form_odd_posts(visitor, url):
    valid = form_data("Ana", email="ana@example.org", committee="none")
    posts = {
        "extra fields": {**valid, "evil": SCRIPT, "page": "abc", "id": "1", "form_data": "{}"},
        "honeypot": {**valid, "homepage_url": SCRIPT},
        "lists": {**valid, "name": ["a", SCRIPT], "email": ["a@example.org", "b@example.org"]},
        "empty": {},
        "file upload": {**valid, "message": SCRIPT, "attachment": b"x"},
    }
    for what, data in posts.items():
        caches["ratelimit"].clear()
        if what == "file upload":
            upload = io.BytesIO(b"<script>alert(1)</script>")
            upload.name = "<script>.html"
            data = {**data, "attachment": upload}
        response = visitor.post(url, data)
        check(response, f"POST {url} ({what})")
        assert response.status_code == 200, f"{url} ({what})"


@pytest.mark.parametrize("url", FORMS)
def test_form_get_with_hostile_query(visitor, url):
    response = visitor.get(f"{url}?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&email={SVG}")
    check(response, url)
    assert response.status_code == 200


def test_forms_without_csrf_token_are_forbidden():
    strict = Client(enforce_csrf_checks=True, raise_request_exception=False)
    for url in FORMS:
        response = strict.post(url, form_data(SCRIPT, email="ana@example.org"))
        check(response, f"POST {url} without CSRF token")
        assert response.status_code == 403, url


@pytest.mark.parametrize("url", ["/en/contact/", "/es/contacto/"])
def test_form_huge_posts(visitor, url):
    # More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS: 400.
    many = {f"f{i}": SCRIPT for i in range(20_000)}
    response = visitor.post(url, many)
    check(response, f"POST {url} with 20,000 fields")
    assert response.status_code == 400
    # More than DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) url-encoded: 400.
    response = visitor.post(
        url,
        "message=" + "x" * 3_000_000,
        content_type="application/x-www-form-urlencoded",
    )
    check(response, f"POST {url} with 3 MB")
    assert response.status_code in (200, 400)
    # Broken multipart and unknown content types.
    for content_type, data in [
        ("multipart/form-data; boundary=xyz", "--xyz\r\ngarbage"),
        ("multipart/form-data", "no boundary at all"),
        ("multipart/form-data; boundary=" + "b" * 200, "x"),
        ("application/json", '{"name": "<script>alert(1)</script>"}'),
        ("text/plain", SCRIPT),
        # Invalid UTF-8 and NUL, url-encoded and raw in a multipart body.
        ("application/x-www-form-urlencoded", "name=%ff%fe&email=%ed%a0%80&message=a%00b"),
        (
            "multipart/form-data; boundary=xyz",
            b'--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\n\xff\xfe\x00'
            b"\r\n--xyz--\r\n",
        ),
    ]:
        response = visitor.post(url, data, content_type=content_type)
        check(response, f"POST {url} as {content_type}")
        assert response.status_code in (200, 400), f"{url} as {content_type}"


@pytest.mark.parametrize(
    "url",
    ["/en/search/", "/es/search/", "/en/news/", "/es/noticias/", "/en/partners/", "/en/"],
)
def test_listing_parameters_posted_as_multipart(visitor, url):
    """Listings read the query string: their parameters posted in a form body are ignored."""
    data = {"q": SCRIPT, "page": "abc", "topic": SVG, "partner": "x", "country": SCRIPT}
    response = visitor.post(url, data)
    check(response, f"POST {url}")
    assert response.status_code in (200, 405), url
