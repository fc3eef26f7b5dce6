"""Previews in the admin: every page type in both languages, and every block in the block
picker, render with demo-like content."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_every_page_previews_in_both_languages(admin_client, demo_pages, spanish):
    for english in demo_pages:
        for page in (english, english.get_translation(spanish).specific):
            revision = page.get_latest_revision()
            url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
            response = admin_client.get(url)
            assert response.status_code == 200, url
            soup = BeautifulSoup(response.content, "html.parser")
            assert soup.html["lang"] == page.locale.language_code, url
            assert page.title in soup.get_text(), url


@pytest.mark.parametrize("name", list(StandardPage.body.field.stream_block.child_blocks))
def test_every_block_has_a_description_and_a_preview(admin_client, name):
    block = StandardPage.body.field.stream_block.child_blocks[name]
    assert block.get_description(), f"{name} has no description for the block picker"
    assert block.meta.group, f"{name} is in no group of the block picker"
    assert block.is_previewable, f"{name} has no preview"
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").select_one("main")
    assert main.get_text(strip=True) or main.select("img"), f"{name}'s preview is empty"
