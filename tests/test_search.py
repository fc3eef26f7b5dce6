"""Site search: relevance first, each result described as its own page describes itself, and on
PostgreSQL the query the benchmark found costly stays lean (home/search_backend.py)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import Truncator
from wagtail.models import Page

from blog.models import BlogIndexPage
from campaigns.models import (
    CampaignIndexPage,
    Committee,
    PartnerIndexPage,
    PartnerPage,
    TourIndexPage,
)
from home.utils import page_description
from tests.factories import (
    BlogPostPageFactory,
    CampaignPageFactory,
    PartnerPageFactory,
    TourPageFactory,
    TourStopFactory,
)

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's query and settings"
)


def results(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.select(".search-results li")


@on_postgresql  # SQLite's FTS5 backend (make run) ranks by plain bm25, titles unweighted
def test_a_page_named_for_the_words_comes_before_pages_that_only_mention_them(client, english):
    posts = BlogIndexPage.objects.get(locale=english)
    BlogPostPageFactory(parent=posts, title="Bananas and wages", intro="Quetzaltenango news.")
    named = BlogPostPageFactory(parent=posts, title="Quetzaltenango dockworkers strike")
    BlogPostPageFactory(parent=posts, title="Coffee prices", intro="From Quetzaltenango.")

    found = results(client, "/en/search/?q=quetzaltenango")

    assert len(found) == 3
    assert found[0].select_one("a").get_text(strip=True) == named.title


def test_results_of_every_type_carry_their_own_description(client, english):
    """Search results of several page types: each shows its own summary, intro..."""
    CampaignPageFactory(
        parent=CampaignIndexPage.objects.get(locale=english),
        title="Justice for Tegucigalpa bakers",
        summary="A campaign for the bakers' union.",
    )
    BlogPostPageFactory(
        parent=BlogIndexPage.objects.get(locale=english),
        title="Tegucigalpa bakers win a contract",
        intro="After six weeks on strike, a first contract.",
    )

    found = results(client, "/en/search/?q=tegucigalpa")

    assert len(found) == 2
    for item in found:
        page = Page.objects.get(title=item.select_one("a").get_text(strip=True)).specific
        expected = Truncator(page_description(page)).words(30)
        assert item.select_one(".card__summary").get_text(strip=True) == expected
        assert expected


@on_postgresql
def test_the_search_query_does_not_select_the_vectors_it_matches(client):
    """modelsearch selects `title || body` of every match only to filter on it: 17 of 53 ms at
    10,000 posts. The match and the ranking stay; the selected vector goes."""
    with CaptureQueriesContext(connection) as queries:
        assert results(client, "/en/search/?q=solidarity")
    searches = [query["sql"] for query in queries if "to_tsquery" in query["sql"]]
    ranked = [sql for sql in searches if "ts_rank" in sql.partition("ORDER BY")[2]]
    assert ranked and all("@@" in sql for sql in ranked)
    assert not any("_vector_" in sql for sql in searches)


@on_postgresql
def test_site_connections_run_queries_without_parallel_workers():
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)


@on_postgresql
def test_words_match_their_other_forms_whatever_the_server_s_default_language(client, english):
    """The index and the queries name their text search configuration (settings), so a server
    whose default is `simple` (a cluster made with the C locale) still stems English."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL default_text_search_config = 'pg_catalog.simple'")
    BlogPostPageFactory(
        parent=BlogIndexPage.objects.get(locale=english), title="Maquiladora workers organizing"
    )

    found = results(client, "/en/search/?q=maquiladora+organizes")

    assert [item.select_one("a").get_text(strip=True) for item in found] == [
        "Maquiladora workers organizing"
    ]


# The admin's page search and page chooser match as the editor types (Wagtail's autocomplete):
# an acronym, a short name or a tour stop's city finds its page, not only words of titles.


def admin_search_finds(client, q):
    """The pages the admin's page search lists, by their edit links."""
    response = client.get("/admin/pages/search/", {"q": q})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        int(link["href"].split("/")[-3])
        for link in soup.select('table a[href^="/admin/pages/"][href$="/edit/"]')
    }


def chooser_finds(client, q, page_type=""):
    """The pages the page chooser's search offers to choose."""
    response = client.get("/admin/choose-page/search/", {"q": q, "page_type": page_type})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {int(link["data-id"]) for link in soup.select("a.choose-page")}


@pytest.mark.parametrize("q", ["SITRALONB", "sitra"])
def test_a_partner_s_acronym_finds_it_in_the_admin_search_and_page_chooser(comms_client, q):
    partner = PartnerPage.objects.get(locale__language_code="en", acronym="SITRALONB")
    assert "SITRALONB" not in partner.title

    assert partner.pk in admin_search_finds(comms_client, q)
    assert partner.pk in chooser_finds(comms_client, q)
    assert partner.pk in chooser_finds(comms_client, q, "campaigns.partnerpage")


def test_a_partner_s_short_name_finds_it(comms_client, english):
    partner = PartnerPageFactory(
        parent=PartnerIndexPage.objects.get(locale=english),
        title="Confederación Sindical de Trabajadores de Guatemala",
        acronym="CSTG",
    )
    partner.save_revision().publish()

    assert partner.pk in admin_search_finds(comms_client, "CSTG")
    assert partner.pk in chooser_finds(comms_client, "cst")


def test_a_tour_stop_s_city_finds_the_tour(comms_client, english):
    """Stops are saved with the page (an inline panel), as an editor publishes them."""
    tour = TourPageFactory(parent=TourIndexPage.objects.get(locale=english), title="Spring tour")
    TourStopFactory(page=tour, city="Albuquerque")
    tour.save_revision().publish()

    assert tour.pk in admin_search_finds(comms_client, "Albuquerque")
    assert tour.pk in chooser_finds(comms_client, "albuq", "campaigns.tourpage")


def test_a_committee_s_city_finds_it_in_the_snippet_chooser_as_the_editor_types(comms_client):
    """Tour stops choose their host committee by city: "Seat" already offers Seattle's."""
    committee = Committee.objects.get(locale__language_code="en", city="Seattle")
    url = reverse("wagtailsnippetchoosers_campaigns_committee:choose_results")

    response = comms_client.get(url, {"q": "Seat"})

    soup = BeautifulSoup(response.content, "html.parser")
    assert committee.name in {link.get_text(strip=True) for link in soup.select("td a")}
