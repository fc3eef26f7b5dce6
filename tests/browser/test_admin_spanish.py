"""The Spanish admin once its scripts have run: wagtail-localize's translation editor, a React app
that builds its buttons from its JavaScript catalogue, speaks Spanish to a translator."""

import json

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.conftest import in_own_thread, log_in, screenshot
from tests.test_admin_spanish import english_in

pytestmark = pytest.mark.django_db


def spanish_about():
    english = Page.objects.get(locale__language_code="en", slug="about")
    return Page.objects.get(locale__language_code="es", translation_key=english.translation_key)


def test_translation_editor_speaks_spanish(page):
    log_in(page, "translator", "solidaridad-traduce")
    about = in_own_thread(spanish_about)
    page.goto(f"/admin/pages/{about.pk}/edit/")
    # The language's name after "Publicar en", with its space.
    expect(page.get_by_role("button", name="Publicar en español")).to_be_visible()
    screenshot(page, "admin-spanish-translation-editor")
    # The English it shows beside each string to translate is content.
    props = json.loads(page.get_attribute(".js-translation-editor", "data-props"))
    sources = [segment.get("source") or segment.get("value") for segment in props["segments"]]
    rendered = page.content()
    english = in_own_thread(
        lambda: english_in(rendered, [source for source in sources if isinstance(source, str)])
    )
    assert not english, "English in the Spanish editor:\n" + "\n".join(english)
