"""The page cache (home/caching.py): anonymous visitors get stored pages, fast; nobody ever gets
a stale or someone else's page. Each test has a cache of its own, as production has Redis."""

import inspect
import logging
import logging.config
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail_localize.models import Translation, TranslationSource

from blog.models import BlogIndexPage, BlogPostPage, BlogPostTopic
from campaigns.models import PartnerIndexPage
from config.settings.environment import frontend_cache_settings, logging_settings
from home.caching import check_shared_page_cache
from home.models import FooterText, HomePage, StandardPage
from tests.factories import BlogPostPageFactory, PartnerPageFactory
from tests.test_translation_workflow import translate_title_and_publish

pytestmark = pytest.mark.django_db
REDIS = "redis://127.0.0.1:1/0"  # nothing listens there


@pytest.fixture
def page_cache(private_cache, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    settings.FRAGMENT_CACHE_TIMEOUT = 600  # as in production: the fragments are purged alike
    return private_cache


@pytest.fixture
def unreachable_redis(settings):
    """production.py's Redis settings, both caches on, and no Redis."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        },
    }
    settings.PAGE_CACHE_TIMEOUT = settings.FRAGMENT_CACHE_TIMEOUT = 600


def visit(url):
    """What an anonymous visitor, new to the site, gets."""
    return Client().get(url)


def newest_post(locale):
    return BlogPostPage.objects.live().filter(locale=locale).order_by("-date", "-pk").first()


def publish_change(client, page, **changes):
    """An editor's draft with `changes`, published from the page explorer's bulk Publish."""
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={page.pk}", {})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes


def in_spanish(page, spanish):
    return page.get_translation(spanish).specific


def test_a_second_visit_comes_from_the_cache_without_a_query(
    page_cache, english, spanish, django_assert_num_queries
):
    pages = [
        HomePage.objects.get(locale=english),
        HomePage.objects.get(locale=spanish),
        newest_post(english),
        newest_post(spanish),
        BlogIndexPage.objects.get(locale=spanish),
    ]
    for page in pages:
        first = visit(page.url)
        assert first.status_code == 200
        assert first["X-Cache"] == "miss"
        with django_assert_num_queries(0):
            again = visit(page.url)
        assert again["X-Cache"] == "hit"
        assert again.content == first.content
        assert again["Content-Language"] == page.locale.language_code
    # The query string is part of the page: a filtered listing is its own entry.
    news = BlogIndexPage.objects.get(locale=english)
    assert visit(news.url + "?page=2")["X-Cache"] == "miss"


def test_a_page_rendered_for_https_is_never_served_over_http(page_cache, english, settings):
    """Behind a proxy that says X-Forwarded-Proto (production.py), with the HTTPS redirect off."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    url = HomePage.objects.get(locale=english).url
    # Both with the Host header a browser sends (the test client adds ":80" to https without it).
    proxied = {"HTTP_HOST": "testserver", "HTTP_X_FORWARDED_PROTO": "https"}
    secure = Client().get(url, **proxied)
    assert secure["X-Cache"] == "miss"
    assert b'content="https://testserver' in secure.content  # the share image

    plain = visit(url)
    assert plain["X-Cache"] == "miss"
    assert b"https://testserver" not in plain.content
    assert b'content="http://testserver/' in plain.content
    assert visit(url)["X-Cache"] == "hit"
    assert Client().get(url, **proxied).content == secure.content


def test_tracking_parameters_do_not_make_pages_of_their_own(
    page_cache, english, django_assert_num_queries
):
    news = BlogIndexPage.objects.get(locale=english)
    first = visit(news.url + "?page=2")
    assert first["X-Cache"] == "miss"
    tracked = [
        "?page=2&utm_source=newsletter&utm_medium=email&utm_campaign=march",
        "?utm_content=button&page=2&fbclid=IwAR0abc",
        "?page=2&gclid=Cj0KCQ&mc_cid=3f2a&mc_eid=91bd",
    ]
    for query in tracked:
        with django_assert_num_queries(0):
            response = visit(news.url + query)
        assert response["X-Cache"] == "hit"
        assert response.content == first.content
    # A long campaign link is stored too: only what the page reads counts.
    assert visit(news.url + "?utm_source=" + "x" * 300)["X-Cache"] == "miss"
    assert visit(news.url + "?utm_source=y")["X-Cache"] == "hit"
    # What a page does read still makes a page of its own.
    assert visit(news.url + "?page=3&utm_source=newsletter")["X-Cache"] == "miss"


def test_a_shared_search_page_links_its_translation_without_tracking(page_cache):
    """Views that are not pages link their other language by their own URL: the stored copy
    serves every variant of a shared link, so it carries none of their tracking parameters."""
    response = visit("/en/search/?q=union&utm_source=newsletter&fbclid=IwAR0abc")
    html = response.content.decode()
    assert 'href="/es/search/?q=union"' in html
    assert "utm_source" not in html and "fbclid" not in html
    assert visit("/en/search/?q=union")["X-Cache"] == "hit"


def test_made_up_query_parameters_fill_no_cache(page_cache, english, django_assert_num_queries):
    """An attacker's `?zz=1`, `?zz=2`... (the store evicts nothing in production): a page reads
    none of them, so every one is served the copy stored for the first."""
    about = StandardPage.objects.get(locale=english, slug="about")
    news = BlogIndexPage.objects.get(locale=english)
    for url in (f"{about.url}?", f"{news.url}?page=2&"):
        first = visit(f"{url}zz=1")
        assert first["X-Cache"] == "miss"
        entries = len(page_cache._cache)
        for number in range(2, 21):
            with django_assert_num_queries(0):
                response = visit(f"{url}zz={number}")
            assert response["X-Cache"] == "hit"
            assert response.content == first.content
        assert len(page_cache._cache) == entries, url
    assert visit(about.url)["X-Cache"] == "hit"
    # A long query of made-up parameters is served the page's copy too.
    assert visit(f"{about.url}?zz={'z' * 300}")["X-Cache"] == "hit"


def post_titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in html.select(".card__title")]


def test_listings_are_stored_per_page_and_filter(page_cache, english):
    news = BlogIndexPage.objects.get(locale=english)
    posts = BlogPostPage.objects.child_of(news).live()
    for number in range(news.posts_per_page + 1 - posts.count()):
        BlogPostPageFactory(parent=news, title=f"Strike day {number}")
    oldest = posts.order_by("-date", "-pk").last().title
    first, second = visit(news.url), visit(f"{news.url}?page=2")
    assert second["X-Cache"] == "miss"
    assert oldest not in post_titles(first) and post_titles(second) == [oldest]
    # However the parameter is spelt, the page reads the same number: page 2, never page 1.
    assert post_titles(visit(f"{news.url}?p%61ge=2&zz=1")) == [oldest]
    assert post_titles(visit(f"{news.url}?page=2")) == [oldest]
    assert visit(f"{news.url}?page=2")["X-Cache"] == "hit"

    topic = BlogPostTopic.objects.filter(page__in=posts).first().topic
    tagged = {post.title for post in posts.filter(topics__topic=topic)}
    assert tagged and set(post_titles(first)) - tagged
    for _ in range(2):
        assert set(post_titles(visit(f"{news.url}?topic={topic.slug}&zz=1"))) == tagged

    partners = PartnerIndexPage.objects.get(locale=english)
    PartnerPageFactory(parent=partners, title="Landless Workers", acronym="MST", country="BR")
    everyone = post_titles(visit(partners.url))
    for _ in range(2):
        brazil = visit(f"{partners.url}?country=BR&utm_source=x")
        assert post_titles(brazil) == ["Landless Workers (MST)"] != everyone


def test_searches_are_stored_per_query(page_cache):
    found = visit("/en/search/?q=union")
    nothing = visit("/en/search/?q=Buenaventura")
    assert "No pages match “Buenaventura”" in nothing.content.decode()
    assert found.content != nothing.content
    again = visit("/en/search/?zz=1&q=union")
    assert again["X-Cache"] == "hit" and again.content == found.content
    assert visit("/en/search/?q=Buenaventura")["X-Cache"] == "hit"


def test_odd_query_strings_are_answered_with_the_cache_on(page_cache, english):
    """The cache parses the query string as the pages do: bytes that are no UTF-8 and a lone
    `%` are read as they read them; more parameters than Django parses are refused (400)."""
    about = StandardPage.objects.get(locale=english, slug="about")
    for query in ("page=%ff%fe&zz=%", "%zz", "&&=&"):
        for url in (about.url, "/en/news/", "/en/search/"):
            assert visit(f"{url}?{query}").status_code == 200, (url, query)
    many = "&".join(f"f{i}=1" for i in range(20_000))
    assert visit(f"{about.url}?{many}").status_code == 400


def test_every_page_type_that_reads_the_query_string_says_what_it_reads():
    """The page cache serves a page's copy for any parameter it has not declared: a page type
    that reads one undeclared would show every visitor the first visitor's filter."""
    ours = [
        m for m in get_page_models() if m.__module__.split(".")[0] in {"home", "blog", "campaigns"}
    ]
    assert len(ours) > 10
    for model in ours:
        if "request.GET" in inspect.getsource(model):
            assert "cache_query_parameters" in vars(model), model.__name__


def test_public_pages_tell_browsers_and_cdns_how_long_to_keep_them(english):
    """Even without our cache (the suite's default), a CDN in front may keep public pages."""
    response = visit(HomePage.objects.get(locale=english).url)
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=300", "stale-while-revalidate=60"} <= control
    assert "X-Cache" not in response


def test_editors_get_a_page_of_their_own_that_is_never_stored(page_cache, admin_client, english):
    home = HomePage.objects.get(locale=english)
    mine = admin_client.get(home.url)
    assert b"wagtail-userbar" in mine.content
    assert "X-Cache" not in mine
    assert "private" in mine["Cache-Control"] and "no-store" in mine["Cache-Control"]

    public = visit(home.url)
    assert public["X-Cache"] == "miss"
    assert b"wagtail-userbar" not in public.content
    # And the visitor's stored copy is not what the editor gets next.
    assert b"wagtail-userbar" in admin_client.get(home.url).content


def test_previews_are_private(page_cache, admin_client, english):
    post = newest_post(english)
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=(post.pk,)))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_form_pages_are_rendered_for_each_visitor(page_cache, english):
    """Each form carries the visitor's own CSRF token: a shared copy would refuse the post."""
    contact = Page.objects.get(locale=english, slug="contact")
    for _ in range(2):
        response = visit(contact.url)
        assert response.status_code == 200
        assert "csrftoken" in response.cookies
        assert "X-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_publishing_a_post_refreshes_it_its_index_and_the_home_page(
    page_cache, admin_client, english, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    listing = [post, post.get_parent(), HomePage.objects.get(locale=english)]
    for page in listing:
        assert visit(page.url)["X-Cache"] == "miss"
        assert visit(page.url)["X-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        publish_change(admin_client, post, title="Coffee workers win their contract")

    for page in listing:
        response = visit(page.url)
        assert response["X-Cache"] == "miss", page.url
        assert "Coffee workers win their contract" in response.content.decode(), page.url


def test_publishing_a_translation_refreshes_both_languages(
    page_cache, translator_client, english, spanish, django_capture_on_commit_callbacks
):
    post = newest_post(spanish)
    listing = [post, post.get_parent(), HomePage.objects.get(locale=spanish)]
    for page in listing:
        visit(page.url)
    translate_title_and_publish(
        translator_client, post, "Cafeteras ganan su contrato", django_capture_on_commit_callbacks
    )
    for page in listing:
        assert "Cafeteras ganan su contrato" in visit(page.url).content.decode(), page.url


def test_a_first_translation_changes_the_english_page_language_switcher(
    page_cache, english, spanish, django_capture_on_commit_callbacks
):
    news = BlogIndexPage.objects.get(locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        post = BlogPostPageFactory(parent=news, title="Dockworkers of Buenaventura", slug="dock")
    english_page = visit(post.url).content.decode()
    assert "this page is not translated yet" in english_page

    with django_capture_on_commit_callbacks(execute=True):
        source, _created = TranslationSource.get_or_create_from_instance(post)
        translation = Translation.objects.create(source=source, target_locale=spanish)
        translation.save_target(publish=True)
    spanish_post = post.get_translation(spanish)
    english_page = visit(post.url).content.decode()
    assert "this page is not translated yet" not in english_page
    assert f'href="{spanish_post.url}"' in english_page


def test_unpublishing_through_the_admin_takes_the_page_and_its_card_away(
    page_cache, admin_client, english, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    news = post.get_parent()
    assert post.title in visit(news.url).content.decode()
    assert visit(post.url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(post.pk,)))
    assert response.status_code == 302

    assert visit(post.url).status_code == 404
    assert post.title not in visit(news.url).content.decode()


def set_privacy(client, page, restriction_type):
    """An editor's choice in the page's Privacy dialog ("login": only logged-in users)."""
    url = reverse("wagtailadmin_pages:set_privacy", args=(page.pk,))
    response = client.post(url, {"restriction_type": restriction_type})
    assert response.status_code == 200 and b"set_privacy_done" in response.content


def test_a_page_made_private_is_no_longer_served_from_the_cache(
    page_cache, admin_client, english, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    assert visit(post.url).status_code == 200
    assert visit(post.url)["X-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, post, "login")
    response = visit(post.url)
    assert response.status_code == 302 and "/login/" in response["Location"]

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, post, "none")
    assert visit(post.url).status_code == 200


def test_deleting_and_moving_pages_leave_no_stale_url(
    page_cache, admin_client, english, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    assert visit(post.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:delete", args=(post.pk,)))
    assert response.status_code == 302
    assert visit(post.url).status_code == 404

    about = StandardPage.objects.get(locale=english, slug="about")
    sustainer = StandardPage.objects.get(locale=english, slug="become-a-sustainer")
    old_url = sustainer.url
    assert visit(old_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:move_confirm", args=(sustainer.pk, about.pk))
        )
    assert response.status_code == 302
    sustainer.refresh_from_db()
    # Not the stored page: Wagtail's redirect to where it went.
    moved = visit(old_url)
    assert moved.status_code == 301 and moved["Location"] == sustainer.url
    assert visit(sustainer.url).status_code == 200


def test_editing_the_footer_text_refreshes_every_page(
    page_cache, admin_client, english, django_capture_on_commit_callbacks
):
    home = HomePage.objects.get(locale=english)
    post = newest_post(english)
    for page in (home, post):
        visit(page.url)
    footer = FooterText.objects.get(locale=english)
    url = reverse("wagtailsnippets_home_footertext:edit", args=(footer.pk,))
    from wagtail.test.utils.form_data import nested_form_data, rich_text

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            url,
            nested_form_data(
                {
                    "body": rich_text("<p>Solidarity has no borders.</p>"),
                    "action-publish": "action-publish",
                }
            ),
        )
    assert response.status_code == 302
    for page in (home, post):
        assert "Solidarity has no borders." in visit(page.url).content.decode()


def test_an_unreachable_redis_serves_pages_uncached(unreachable_redis, english, spanish):
    """With Redis gone, pages still come, rendered each time."""
    for locale in (english, spanish):
        for page in (HomePage.objects.get(locale=locale), newest_post(locale)):
            response = visit(page.url)
            assert response.status_code == 200
            assert "X-Cache" not in response


def test_a_redis_outage_is_logged_once_a_minute_not_at_every_cache_call(
    unreachable_redis, settings, english, capsys
):
    """production.py's logging: the first failure with its traceback, then silence for a
    minute (a count comes with the next line), not several tracebacks per page served."""
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    root, redis_logger = logging.getLogger(), logging.getLogger("django_redis.cache")
    saved = root.handlers[:], root.level, redis_logger.filters[:]
    logging.config.dictConfig(logging_settings({}))
    try:
        for url in ["/en/", "/en/news/", "/en/partners/", "/en/"]:
            assert visit(url).status_code == 200
    finally:
        root.handlers[:], redis_logger.filters[:] = saved[0], saved[2]
        root.setLevel(saved[1])
    log = capsys.readouterr().err
    assert log.count("Exception ignored") == 1
    assert "ConnectionError" in log  # the first one says what went wrong


# A CDN or caching proxy in front (wagtail.contrib.frontend_cache's HTTP backend).


class PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.purged.append(f"{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def caching_proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    PurgeRecorder.purged = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = frontend_cache_settings(
        {"FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{server.server_port}"}
    )
    yield PurgeRecorder.purged
    server.shutdown()


def test_publishing_purges_the_page_and_its_listings_in_both_languages_from_the_cdn(
    caching_proxy, admin_client, english, spanish, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    with django_capture_on_commit_callbacks(execute=True):
        publish_change(admin_client, post, title="Coffee workers win their contract")
    expected = {
        post.url,
        in_spanish(post, spanish).url,
        post.get_parent().url,
        in_spanish(post.get_parent(), spanish).url,
        "/en/",
        "/es/",
    }
    assert {f"testserver{url}" for url in expected} <= set(caching_proxy)
    # Each URL once, and none invented by rewriting /en/ into /es/ (Spanish slugs differ).
    assert len(caching_proxy) == len(set(caching_proxy))
    assert "testserver" + post.url.replace("/en/", "/es/") not in caching_proxy


def test_making_a_section_private_purges_its_pages_from_the_cdn(
    caching_proxy, admin_client, english, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    news = post.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, news, "login")
    assert {f"testserver{news.url}", f"testserver{post.url}"} <= set(caching_proxy)


def test_deleting_a_private_page_behind_a_cdn(
    caching_proxy, admin_client, english, django_capture_on_commit_callbacks
):
    post = newest_post(english)
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, post, "login")
    caching_proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:delete", args=(post.pk,)))
    assert response.status_code == 302
    assert not BlogPostPage.objects.filter(pk=post.pk).exists()
    assert f"testserver{post.url}" in caching_proxy


def test_frontend_cache_settings_from_the_environment():
    assert frontend_cache_settings({}) == {}
    backends = frontend_cache_settings(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://varnish:6081",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
        }
    )
    assert backends["proxy"]["LOCATION"] == "http://varnish:6081"
    assert backends["cloudflare"]["BEARER_TOKEN"] == "token"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"


def test_a_page_cache_that_processes_do_not_share_is_reported(settings):
    """Each gunicorn worker would purge only its own copy: `manage.py check` says so."""
    settings.PAGE_CACHE_TIMEOUT = 600
    assert [w.id for w in check_shared_page_cache(None)] == ["home.W001"]  # LocMem or dummy
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS},
    }
    assert check_shared_page_cache(None) == []
    settings.PAGE_CACHE_TIMEOUT = 0
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    assert check_shared_page_cache(None) == []
