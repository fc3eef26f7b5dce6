"""RSS feeds of posts, one per language, advertised in every page's head."""

import feedparser
import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "post_title", "post_url"),
    [
        ("en", "FENSUAGRO leaders at Labor Notes", "/en/news/fensuagro-at-labor-notes/"),
        ("es", "Dirigentes de FENSUAGRO en Labor Notes", "/es/noticias/fensuagro-en-labor-notes/"),
    ],
)
def test_feed_per_language(client, language, post_title, post_url):
    home = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    advertised = home.select_one('link[rel=alternate][type="application/rss+xml"]')["href"]
    assert advertised == f"/{language}/feed/"

    feed = feedparser.parse(client.get(advertised).content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == language
    titles = [entry.title for entry in feed.entries]
    assert len(titles) >= 6
    assert post_title in titles
    assert all(entry.link.startswith(f"http://testserver/{language}/") for entry in feed.entries)
    entry = feed.entries[titles.index(post_title)]
    assert entry.link == f"http://testserver{post_url}"
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
