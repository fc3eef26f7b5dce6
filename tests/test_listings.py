"""Listings visitors filter and page through: posts by topic, partner and campaign, similar
entries, search results; bad input never fails."""

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogIndexPage, Topic
from campaigns.models import PartnerIndexPage, PartnerPage
from tests.factories import BlogPostPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def titles(client, url, selector=".post-list .card__title a"):
    response = client.get(url)
    assert response.status_code == 200, url
    return [
        a.get_text(strip=True)
        for a in BeautifulSoup(response.content, "html.parser").select(selector)
    ]


def test_posts_filter_by_topic_partner_and_campaign(client):
    assert titles(client, "/en/news/?topic=migration") == [
        "TPS holders demand permanent residency",
        "Deportation flights to San Salvador",
    ]
    assert titles(client, "/es/noticias/?partner=fensuagro") == [
        "El Centro Pazífico acoge a familias desplazadas",
        "Dirigentes de FENSUAGRO en Labor Notes",
    ]
    assert titles(client, "/en/news/?campaign=worker-to-worker&topic=repression") == [
        "Teachers' unions in Mexico under attack",
        "FENSUAGRO leaders at Labor Notes",
    ]


def test_topics_on_a_post_link_to_the_filtered_index(client):
    soup = BeautifulSoup(
        client.get("/es/noticias/vuelos-de-deportacion-a-san-salvador/").content, "html.parser"
    )
    assert [(a.get_text(), a["href"]) for a in soup.select(".post-footer a.tag")] == [
        ("Migración", "/es/noticias/?topic=migration")
    ]


def test_similar_entries_share_topics_or_a_campaign(client):
    similar = titles(
        client, "/en/news/fensuagro-at-labor-notes/", "#similar-heading + .card-grid .card__title a"
    )
    assert (
        similar[0] == "Teachers' unions in Mexico under attack"
    )  # a campaign and a topic in common
    assert "FENSUAGRO leaders at Labor Notes" not in similar


@pytest.mark.parametrize(
    "url",
    ["/en/news/?page=abc", "/en/news/?page=999999", "/en/news/?page=-1", "/en/news/?topic=migration&page=x",
     "/en/partners/?country=ZZ", "/en/search/?q=union&page=abc", "/es/search/?q=" + "x" * 5000],
)  # fmt: skip
def test_bad_query_strings_give_a_sane_page(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url", ["/en/news/?topic=nope", "/es/noticias/?partner=unknown", "/en/news/?campaign=x"]
)
def test_unknown_filter_values_are_404(client, url):
    assert client.get(url).status_code == 404


def test_filtered_pagination_keeps_the_filter(client, english):
    index = BlogIndexPage.objects.get(locale=english)
    labor_rights = Topic.objects.get(locale=english, slug="labor-rights")
    for number in range(12):
        post = BlogPostPageFactory(parent=index, title=f"Extra post {number}")
        post.topics.create(topic=labor_rights)
        post.save_revision().publish()
    soup = BeautifulSoup(client.get("/en/news/?topic=labor-rights").content, "html.parser")
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert next_link == "?topic=labor-rights&page=2"
    first = titles(client, "/en/news/?topic=labor-rights")
    second = titles(client, "/en/news/" + next_link)
    # 4 demo posts on labor rights and the 12 new ones: 10 on the first page, 6 on the second.
    assert (len(first), len(second)) == (10, 6)
    assert "Salvadoran unions face a privatization law" in second
    assert "Deportation flights to San Salvador" not in first + second


def test_search_results_are_summarised_and_paginated(client):
    response = client.get("/es/search/?q=sindicatos")
    soup = BeautifulSoup(response.content, "html.parser")
    results = soup.select(".search-results li")
    assert len(results) == 10
    assert all(li.select_one(".card__summary") for li in results)
    assert "coinciden" in soup.select_one(".search-summary").get_text()
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert next_link == "?q=sindicatos&page=2"
    page_two = BeautifulSoup(client.get("/es/search/" + next_link).content, "html.parser")
    assert page_two.select(".search-results li")


def test_empty_search_helps(client):
    text = client.get("/en/search/?q=zzzzqqq").content.decode()
    assert "No pages match" in text


def test_server_errors_are_localized(client, monkeypatch):
    from home.models import HomePage

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get("/es/")
    assert response.status_code == 500
    html = response.content.decode()
    assert 'lang="es"' in html and "Algo salió mal" in html


def test_spanish_posts_have_spanish_bylines(client):
    soup = BeautifulSoup(
        client.get("/es/noticias/vuelos-de-deportacion-a-san-salvador/").content, "html.parser"
    )
    assert "Por Equipo de Solidaridad" in soup.select_one(".page-header__kicker").get_text()


def test_recent_posts_do_not_repeat_similar_entries(client):
    soup = BeautifulSoup(
        client.get("/en/news/centro-pazifico-shelters-displaced-families/").content, "html.parser"
    )
    similar = [a.get_text() for a in soup.select("#similar-heading + .card-grid .card__title a")]
    recent = [
        a.get_text()
        for a in soup.select(".recent-posts h2:not(#similar-heading) + .card-grid .card__title a")
    ]
    assert similar and recent and not set(similar) & set(recent)


def section_titles(soup, heading):
    section = next(s for s in soup.select("section.recent-posts") if s.h2.get_text() == heading)
    return [a.get_text() for a in section.select(".card__title a")]


def test_campaign_pages_show_their_posts_then_other_recent_posts(client):
    soup = BeautifulSoup(
        client.get("/es/campanas/de-trabajador-a-trabajador/").content, "html.parser"
    )
    about = section_titles(soup, "Publicaciones sobre esta campaña")
    recent = section_titles(soup, "Publicaciones recientes")
    assert about == [
        "Sindicatos magisteriales de México bajo ataque",
        "Dirigentes de FENSUAGRO en Labor Notes",
    ]
    assert recent and not set(about) & set(recent)

    soup = BeautifulSoup(client.get("/en/campaigns/haitian-workers/").content, "html.parser")
    assert len(section_titles(soup, "Recent posts")) == 3


def test_the_partner_index_pages_through_partners_and_keeps_the_country(client, english):
    index = PartnerIndexPage.objects.get(locale=english)
    colombians = PartnerPage.objects.child_of(index).filter(country="CO").count()
    for number in range(30):
        PartnerPageFactory(parent=index, title=f"Sindicato {number:02}", country="CO")
    selector = ".card-grid .card__title a"
    first = titles(client, "/en/partners/?country=CO", selector)
    second = titles(client, "/en/partners/?country=CO&page=2", selector)
    assert len(first) == PartnerIndexPage.partners_per_page
    assert len(first) + len(second) == colombians + 30
    assert not set(first) & set(second)
    soup = BeautifulSoup(client.get("/en/partners/?country=CO").content, "html.parser")
    assert soup.select_one(".pagination a[rel=next]")["href"] == "?country=CO&page=2"
