"""The translation loop in a real browser, with no one pressing "Sync translated pages":
Communications change an English campaign that has a published Spanish translation and submit
it; a moderator approves; the translators' digest brings a link; the translator opens it, finds
the changed title waiting (the rest still translated), translates and publishes; Communications
are emailed; a visitor reads the new Spanish title."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from tests.browser.conftest import in_own_thread, log_in, screenshot

# The database must exist, but this test writes only through the server (see in_own_thread).
pytestmark = pytest.mark.django_db

NEW_ENGLISH = "Solidarity with the workers of Haiti"
NEW_SPANISH = "Solidaridad con la clase trabajadora de Haití"
SPANISH_SUMMARY = "Después del golpe de 2004, rompimos el silencio"


def restore_demo_campaign(pk, title):
    english = Page.objects.get(pk=pk).specific
    english.title = title
    english.save_revision().publish()  # its translation source follows (home.handoffs)
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
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


def mail_to(username):
    return [message for message in mail.outbox if f"{username}@example.org" in message.to]


def link_after(body, title):
    """The address on the line after the digest's line for `title`, as a path on this server."""
    match = re.search(rf"^- {re.escape(title)} .*\n\s+(\S+)$", body, re.MULTILINE)
    assert match, f"{title!r} is not in the digest:\n{body}"
    return urlsplit(match[1]).path


def test_translation_loop(browser, site_url, haiti_campaign):
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        in_own_thread(lambda: call_command("send_translation_digest", verbosity=0))
        mail.outbox.clear()  # what the demo had waiting: told already

        # Communications change the English title and submit it for review.
        log_in(page, "comms", "solidaridad-comms")
        page.goto(f"/admin/pages/{haiti_campaign.pk}/edit/")
        page.fill("#id_title", NEW_ENGLISH)
        footer = page.get_by_role("navigation", name="Actions (footer)")
        footer.get_by_role("button", name="More actions").click()
        footer.get_by_role("button", name="Submit to Moderators approval").click()
        expect(page.locator(".messages")).to_contain_text("submitted for moderation")
        screenshot(page, "loop-1-comms-submitted")
        context.clear_cookies()

        # A moderator approves: the English goes live. Nobody syncs.
        log_in(page, "moderator", "solidaridad-modera")
        page.goto(f"/admin/pages/{haiti_campaign.pk}/edit/")
        footer = page.get_by_role("navigation", name="Actions (footer)")
        footer.get_by_role("button", name="More actions").click()
        footer.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$")).click()
        expect(page.locator(".messages")).to_contain_text("has been updated")
        screenshot(page, "loop-2-moderator-approved")
        context.clear_cookies()

        # Visitors still read the published Spanish (a visitor of their own: browsers keep
        # public pages for a minute).
        visitor = browser.new_context(base_url=site_url)
        visitor.new_page().goto("/es/campanas/trabajadores-haitianos/")
        expect(visitor.pages[0].locator("h1")).to_have_text(
            "Solidaridad con los trabajadores haitianos"
        )
        visitor.close()

        # The periodic digest tells the translator, with a link.
        in_own_thread(lambda: call_command("send_translation_digest", verbosity=0))
        (digest,) = mail_to("translator")
        editor_path = link_after(digest.body, NEW_ENGLISH)

        # The translator follows it: only the new title waits; the rest is still translated.
        log_in(page, "translator", "solidaridad-traduce")
        page.goto(editor_path)
        translate_buttons = page.get_by_role("button", name="Traducir", exact=True)
        expect(translate_buttons).to_have_count(1)
        expect(page.get_by_text(NEW_ENGLISH, exact=True)).to_be_visible()
        expect(page.get_by_text(SPANISH_SUMMARY)).to_be_visible()
        screenshot(page, "loop-3-translator-editor")
        translate_buttons.click()
        page.locator("textarea").first.fill(NEW_SPANISH)
        page.get_by_role("button", name="Guardar", exact=True).click()
        expect(page.get_by_text(NEW_SPANISH, exact=True)).to_be_visible()
        screenshot(page, "loop-4-translator-translated")
        page.get_by_role("button", name=re.compile("Publicar en")).click()
        expect(page.locator(".messages")).to_be_visible()
        screenshot(page, "loop-5-translator-published")
        context.clear_cookies()

        # Communications, who wrote the change, are told it is published in Spanish.
        (notice,) = [m for m in mail_to("comms") if "translation published" in m.subject]
        assert notice.subject == f"Spanish translation published: {NEW_ENGLISH}"
        assert "/es/campanas/trabajadores-haitianos/" in notice.body

        # A visitor: the Spanish page has the new title.
        page.goto("/es/campanas/trabajadores-haitianos/")
        expect(page.locator("h1")).to_have_text(NEW_SPANISH)
        screenshot(page, "loop-6-visitor")
    except Exception:
        screenshot(page, "loop-failure")
        raise
    finally:
        context.close()
