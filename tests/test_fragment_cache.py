"""Fragments many pages render alike (home.caching.cached_value and fragment_cache): the footer,
the posts index's filters and counts, the partner index's countries and count, search counts.
They are kept until the public site changes, and never outlive a change: each test renders,
changes the site as an editor would, and renders again. The page cache is off here, so every
visit renders; tests/test_page_cache.py has both on, as production does."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text

from blog.models import BlogIndexPage, BlogPostPage
from campaigns.models import PartnerIndexPage
from home.models import FooterText, HomePage
from tests.factories import BlogPostPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fragments(private_cache, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    return private_cache


def visit(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    assert "X-Cache" not in response  # rendered, not a stored page
    return response.content.decode()


def publish(page):
    page.save_revision().publish()


def queries(url):
    with CaptureQueriesContext(connection) as captured:
        visit(url)
    return len(captured)


def test_fragments_spare_queries_on_pages_rendered_after_the_first(fragments, settings, english):
    urls = ["/en/news/", "/en/partners/", "/en/search/?q=union"]
    for url in urls:
        visit(url)
    kept = {url: queries(url) for url in urls}
    settings.FRAGMENT_CACHE_TIMEOUT = 0
    computed = {url: queries(url) for url in urls}
    # Every page: the Site. News: the footer's text and settings, its three filters' options
    # and its count.
    assert computed["/en/news/"] - kept["/en/news/"] >= 6
    # Partners: the footer, the countries and the count; search: the footer and the count.
    assert computed["/en/partners/"] - kept["/en/partners/"] >= 4
    assert computed["/en/search/?q=union"] - kept["/en/search/?q=union"] >= 3


def test_editing_the_footer_reaches_every_page(
    fragments, admin_client, english, spanish, django_capture_on_commit_callbacks
):
    home = HomePage.objects.get(locale=english)
    assert "Solidarity has no borders." not in visit(home.url)
    spanish_footer = FooterText.objects.get(locale=spanish).body
    footer = FooterText.objects.get(locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailsnippets_home_footertext:edit", args=(footer.pk,)),
            nested_form_data(
                {
                    "body": rich_text("<p>Solidarity has no borders.</p>"),
                    "action-publish": "action-publish",
                }
            ),
        )
    assert response.status_code == 302
    for url in (home.url, "/en/news/", "/en/search/?q=union"):
        assert "Solidarity has no borders." in visit(url), url
    # Per language: the Spanish footer is still the Spanish one.
    spanish_page = visit(HomePage.objects.get(locale=spanish).url)
    assert "Solidarity has no borders." not in spanish_page
    assert spanish_footer[:40].split(">")[-1] in spanish_page


def test_new_posts_reach_the_posts_count_and_pagination(
    fragments, english, django_capture_on_commit_callbacks
):
    news = BlogIndexPage.objects.get(locale=english)
    posts = BlogPostPage.objects.child_of(news).live().count()
    assert posts <= news.posts_per_page
    assert 'rel="next"' not in visit(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(news.posts_per_page + 1 - posts):
            publish(BlogPostPageFactory(parent=news, title=f"Strike day {number}"))
    page = visit(news.url)
    assert 'rel="next"' in page and "Page 1 of 2" in page
    assert "Strike day 0" in page
    assert visit(f"{news.url}?page=2").count('class="card card--post"') == 1  # the oldest


def test_a_new_partner_reaches_the_filters_and_the_partner_index(
    fragments, english, django_capture_on_commit_callbacks
):
    partners = PartnerIndexPage.objects.get(locale=english)
    news = BlogIndexPage.objects.get(locale=english)
    assert "Brazil" not in visit(partners.url)
    assert "Landless Workers" not in visit(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        publish(
            PartnerPageFactory(
                parent=partners, title="Landless Workers Movement", slug="mst", country="BR"
            )
        )
    assert '<option value="BR"' in visit(partners.url)
    assert "Landless Workers Movement" in visit(f"{partners.url}?country=BR")
    assert '<option value="mst"' in visit(news.url)


def test_search_counts_follow_publishing(fragments, english, django_capture_on_commit_callbacks):
    assert "No pages match “Buenaventura”" in visit("/en/search/?q=Buenaventura")
    news = BlogIndexPage.objects.get(locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        publish(BlogPostPageFactory(parent=news, title="Dockworkers of Buenaventura strike"))
    found = visit("/en/search/?q=Buenaventura")
    assert "1 page matches “Buenaventura”" in found
    assert "Dockworkers of Buenaventura strike" in found


def recent_titles(html):
    soup = BeautifulSoup(html, "html.parser")
    section = next(
        s for s in soup.select("section.recent-posts") if s.h2.get_text() == "Recent posts"
    )
    return [a.get_text() for a in section.select(".card__title a")]


def test_a_new_post_reaches_the_recent_posts_of_every_page(
    fragments, english, spanish, django_capture_on_commit_callbacks
):
    urls = [
        HomePage.objects.get(locale=english).url,
        "/en/campaigns/haitian-workers/",
        "/en/tours/west-coast-labor-solidarity-tour-2013/",
    ]
    before = {url: recent_titles(visit(url)) for url in urls}
    news = BlogIndexPage.objects.get(locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        post = BlogPostPageFactory(parent=news, title="Port workers walk out")
        publish(post)
    for url in urls:
        recent = recent_titles(visit(url))
        assert recent[0] == "Port workers walk out", url
        assert recent[1:] == before[url][:2], url
    # A page never lists itself, nor what it already shows: the post's own page skips it
    # (and its similar posts) and still shows three others.
    own = recent_titles(visit(post.url))
    assert "Port workers walk out" not in own and len(own) == 3
    # Per language: the Spanish home page keeps its own posts.
    assert "Port workers walk out" not in visit(HomePage.objects.get(locale=spanish).url)


def test_a_site_changed_in_the_admin_is_the_one_pages_are_served_for(
    fragments, admin_client, english, django_capture_on_commit_callbacks
):
    home = HomePage.objects.get(locale=english)
    assert Client().get(home.url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailsites:edit", args=(site.pk,)),
            {
                "hostname": "solidaridad.example.org",
                "port": 80,
                "site_name": site.site_name,
                "root_page": site.root_page_id,
            },
        )
    assert response.status_code == 302
    # No longer the default site: a host it does not name has no site, and no pages.
    assert Client().get(home.url).status_code == 404
    assert Client(HTTP_HOST="solidaridad.example.org").get(home.url).status_code == 200
