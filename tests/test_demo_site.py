"""Every demo page renders in both languages, in the right language, linked to its translation."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return BeautifulSoup(response.content, "html.parser")


def switcher_link(soup, code):
    link = soup.select_one(f".language-switcher a[hreflang={code}]")
    return link["href"] if link else None


def alternate(soup, code):
    link = soup.select_one(f'link[rel=alternate][hreflang="{code}"]')
    return link["href"] if link else None


def test_bare_root_redirects_by_accept_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es").headers["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-US").headers["Location"] == "/en/"


def test_every_demo_page_renders_in_english_and_spanish(client, demo_pages, spanish):
    page_types = set()
    for page in demo_pages:
        page_types.add(type(page).__name__)
        soup = get(client, page.url)
        assert soup.html["lang"] == "en"
        assert soup.h1 is not None, page.url

        translation = page.get_translation(spanish)
        spanish_soup = get(client, translation.url)
        assert spanish_soup.html["lang"] == "es"
        for version in (soup, spanish_soup):  # no template variable leaks as Python data
            assert "{'" not in version.select_one("main").get_text(), translation.url
        assert translation.url.startswith("/es/")
        text = spanish_soup.get_text()
        assert translation.title in text
        if translation.title != page.title:
            assert page.title not in spanish_soup.select_one("main").get_text(), translation.url
    assert page_types == {
        "HomePage", "CampaignIndexPage", "CampaignPage", "PartnerIndexPage", "PartnerPage",
        "TourIndexPage", "TourPage", "PeopleIndexPage", "PersonPage", "BlogIndexPage",
        "BlogPostPage", "StandardPage", "FormPage",
    }  # fmt: skip


def test_spanish_pages_show_spanish_interface_text(client):
    soup = get(client, "/es/giras/gira-solidaridad-laboral-costa-oeste-2013/")
    text = soup.get_text()
    assert "Saltar al contenido" in text
    assert "Paradas de la gira" in text
    assert "3 de febrero de 2013" in text
    assert "Tour stops" not in text


def test_switcher_and_hreflang_pair_each_page_with_its_translation(client, demo_pages, spanish):
    for page in demo_pages:
        translation = page.get_translation(spanish)
        english_soup = get(client, page.url)
        assert switcher_link(english_soup, "es") == translation.url
        assert alternate(english_soup, "es") == translation.full_url
        assert alternate(english_soup, "en") == page.full_url
        assert alternate(english_soup, "x-default") == page.full_url

        spanish_soup = get(client, translation.url)
        assert switcher_link(spanish_soup, "en") == page.url
        assert alternate(spanish_soup, "en") == page.full_url
        assert alternate(spanish_soup, "es") == translation.full_url


def test_untranslated_page_links_to_spanish_home_with_a_note(client, english):
    about = Page.objects.get(locale=english, slug="about")
    page = StandardPageFactory(parent=about, title="Only in English")
    soup = get(client, page.url)
    assert switcher_link(soup, "es") == "/es/"
    assert "not translated yet" in soup.select_one(".language-switcher").get_text()
    assert alternate(soup, "es") is None
    assert client.get("/es/quienes-somos/only-in-english/").status_code == 404


def test_spanish_listings_and_menu_show_spanish_pages_only(client):
    soup = get(client, "/es/noticias/")
    titles = [a.get_text() for a in soup.select(".card__title a")]
    assert "Dirigentes de FENSUAGRO en Labor Notes" in titles
    assert all(a["href"].startswith("/es/") for a in soup.select("main a[href^='/']"))
    menu = [a.get_text() for a in soup.select(".site-nav a")]
    assert menu == [
        "Campañas",
        "Organizaciones aliadas",
        "Giras",
        "Noticias",
        "Quiénes somos",
        "Contáctanos",
    ]


def test_campaign_links_its_partners_in_the_same_language(client):
    soup = get(client, "/es/campanas/de-trabajador-a-trabajador/")
    partners = {
        a.get_text(strip=True): a["href"] for a in soup.select(".card--partner .card__title a")
    }
    assert (
        partners["Federación Nacional Sindical Unitaria Agropecuaria (FENSUAGRO)"]
        == "/es/aliadas/fensuagro/"
    )
    assert "520-540-8336" in soup.get_text()


def test_search_finds_pages_in_the_active_language_only(client):
    english = get(client, "/en/search/?q=farmworkers")
    spanish = get(client, "/es/search/?q=FENSUAGRO")
    assert english.select(".search-results a")
    assert all(a["href"].startswith("/en/") for a in english.select(".search-results a"))
    assert spanish.select(".search-results a")
    assert all(a["href"].startswith("/es/") for a in spanish.select(".search-results a"))


def test_bad_query_strings_never_fail(client):
    for url in [
        "/en/news/?page=abc",
        "/en/news/?page=99999",
        "/en/partners/?country=ZZ",
        "/en/search/?q=&page=x",
    ]:
        assert client.get(url).status_code == 200, url


def test_unknown_pages_are_localized_404s(client):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert 'lang="es"' in response.content.decode()


def test_a_draft_translation_stays_off_the_spanish_site(
    client, english, spanish, django_capture_on_commit_callbacks
):
    """A post whose Spanish version is only a draft: no /es/ URL, not in Spanish listings, menus,
    search, feed or sitemap, and the English page's switcher goes to the Spanish home with a note."""
    from wagtail_localize.models import Translation, TranslationSource

    from blog.models import BlogIndexPage
    from tests.factories import BlogPostPageFactory

    index = BlogIndexPage.objects.get(locale=english)
    post = BlogPostPageFactory(parent=index, title="Draft in Spanish", intro="Zapatistas")
    post.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(post)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.create(source=source, target_locale=spanish).save_target(publish=False)
    draft = post.get_translation(spanish)
    assert not draft.live

    assert client.get(f"/es/noticias/{draft.slug}/").status_code == 404
    assert draft.full_url not in client.get("/sitemap.xml").content.decode()
    for url in ["/es/noticias/", "/es/", "/es/search/?q=Zapatistas", "/es/feed/", "/sitemap.xml"]:
        assert "Draft in Spanish" not in client.get(url).content.decode(), url
    soup = get(client, post.url)
    assert switcher_link(soup, "es") == "/es/"
    assert "not translated yet" in soup.select_one(".language-switcher").get_text()


def test_every_page_has_description_canonical_and_share_tags(client, demo_pages, spanish):
    for page in demo_pages:
        for version in (page, page.get_translation(spanish)):
            soup = get(client, version.url)
            description = soup.select_one('meta[name="description"]')
            assert description and description["content"].strip(), version.url
            assert soup.select_one('link[rel="canonical"]')["href"] == version.full_url
            assert soup.select_one('meta[property="og:url"]')["content"] == version.full_url
            image = soup.select_one('meta[property="og:image"]')["content"]
            assert image.startswith("http://testserver/"), image
            assert client.get(image.removeprefix("http://testserver")).status_code == 200
