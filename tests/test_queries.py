"""Listings cost the same number of queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from blog.models import BlogIndexPage
from tests.factories import BlogPostPageFactory

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # renditions and caches of a first visit are not what we measure
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/en/news/", "/en/", "/es/noticias/"])
def test_post_listings_do_not_grow_with_posts(client, english, url):
    before = queries(client, url)
    index = BlogIndexPage.objects.get(locale=english)
    image = get_image_model().objects.get(title="Teachers march in Mexico")
    for number in range(12):
        BlogPostPageFactory(parent=index, title=f"Extra post {number}", hero_image=image)
    assert queries(client, url) == before
