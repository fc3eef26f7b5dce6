"""/sitemap.xml lists both language trees with their alternates; /robots.txt points to it."""

import xml.etree.ElementTree as ET
from urllib.robotparser import RobotFileParser

import pytest
from wagtail.models import Page

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
pytestmark = pytest.mark.django_db


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_every_live_page_in_both_languages(client, english, spanish):
    urls = sitemap(client)
    live = Page.objects.live().filter(depth__gte=2)
    assert set(urls) == {page.full_url for page in live}
    assert {page.locale.language_code for page in live} == {"en", "es"}
    for page in live.filter(locale=english):
        translation = page.get_translation(spanish)
        assert urls[page.full_url] == {
            "en": page.full_url,
            "es": translation.full_url,
            "x-default": page.full_url,
        }
        assert urls[translation.full_url]["en"] == page.full_url


def test_unpublished_translation_is_left_out(client, spanish):
    page = Page.objects.get(locale=spanish, slug="quienes-somos")
    page.unpublish()
    urls = sitemap(client)
    assert page.full_url not in urls
    english = page.get_translation(page.locale.get_default())
    assert "es" not in urls[english.full_url]


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    robots = RobotFileParser()
    robots.parse(response.content.decode().splitlines())
    assert robots.site_maps() == ["http://testserver/sitemap.xml"]
    assert not robots.can_fetch("*", "http://testserver/admin/")
    assert robots.can_fetch("*", "http://testserver/es/")
