"""The translation loop in a real browser: a Communications lead (a moderator, who may publish)
changes and syncs an English campaign, the translator finds it out of date in the report,
translates it in wagtail-localize's editor and publishes; a visitor reads the new Spanish title."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from tests.browser.conftest import in_own_thread, log_in, screenshot

# The database must exist, but this test writes only through the server (see in_own_thread).
pytestmark = pytest.mark.django_db

NEW_ENGLISH = "Solidarity with the workers of Haiti"
NEW_SPANISH = "Solidaridad con la clase trabajadora de Haití"


def restore_demo_campaign(pk, title):
    english = Page.objects.get(pk=pk).specific
    english.title = title
    english.save_revision().publish()
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale__language_code="es").save_target(
        publish=True
    )


@pytest.fixture
def haiti_campaign():
    """The English campaign the test changes, put back as the demo had it afterwards (the
    server's writes are committed: other tests would see them)."""
    english = in_own_thread(
        lambda: Page.objects.get(locale__language_code="en", slug="haitian-workers").specific
    )
    yield english
    in_own_thread(lambda: restore_demo_campaign(english.pk, english.title))


def test_translation_loop(browser, site_url, haiti_campaign):
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        # A Communications lead: change the English title, publish, then sync from the report.
        log_in(page, "moderator", "solidaridad-modera")
        page.goto(f"/admin/pages/{haiti_campaign.pk}/edit/")
        page.fill("#id_title", NEW_ENGLISH)
        page.locator('button[name="action-publish"]').dispatch_event("click")
        expect(page.locator(".messages")).to_contain_text("published")
        screenshot(page, "loop-1-moderator-published")

        page.goto("/admin/reports/translation-status/?state=out-of-date")
        row = page.locator("tr", has_text=NEW_ENGLISH)
        row.get_by_role("link", name="Sync").click()
        page.get_by_role("button", name="Submit").click()
        expect(page.locator(".messages")).to_be_visible()
        screenshot(page, "loop-2-moderator-synced")
        context.clear_cookies()

        # The translator: the report shows the page out of date; translate the title; publish.
        log_in(page, "translator", "solidaridad-traduce")
        page.goto("/admin/reports/translation-status/")
        row = page.locator("tr", has_text=NEW_ENGLISH)
        expect(row).to_contain_text("Desactualizado")
        screenshot(page, "loop-3-translator-report")
        row.get_by_role("link", name="Traducir").click()

        # The only string left to translate is the new title.
        page.get_by_role("button", name="Traducir", exact=True).click()
        page.locator("textarea").first.fill(NEW_SPANISH)
        page.get_by_role("button", name="Guardar", exact=True).click()
        expect(page.get_by_text(NEW_SPANISH, exact=True)).to_be_visible()
        screenshot(page, "loop-4-translator-translated")
        page.get_by_role("button", name=re.compile("Publicar en")).click()
        expect(page.locator(".messages")).to_be_visible()
        screenshot(page, "loop-5-translator-published")
        context.clear_cookies()

        # A visitor: the Spanish page has the new title.
        page.goto("/es/campanas/trabajadores-haitianos/")
        expect(page.locator("h1")).to_have_text(NEW_SPANISH)
        screenshot(page, "loop-6-visitor")
    except Exception:
        screenshot(page, "loop-failure")
        raise
    finally:
        context.close()
