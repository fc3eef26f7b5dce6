"""Handoffs without dead ends (issue 15): a moderator publishes English and the Spanish waits for
translators in the translation editor, with nothing Spanish published; translators get one
digest in Spanish with links that open for them; Communications hear when the translation they
asked for is published. Nobody presses "Sync translated pages"."""

import logging
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.models import FooterText
from tests.conftest import login
from tests.factories import StandardPageFactory
from tests.test_moderation import edit_data, workflow_action
from tests.test_translation_workflow import editor_props

pytestmark = pytest.mark.django_db

SPANISH_TITLE = "Delegación a Colombia"


def spanish_of(english_text):
    return {"Delegation to Colombia": SPANISH_TITLE}.get(english_text, f"ES {english_text}")


@pytest.fixture
def comms():
    return login(Client(), "comms")


@pytest.fixture
def moderator():
    return login(Client(), "moderator")


@pytest.fixture
def translator():
    return login(Client(), "translator")


@pytest.fixture
def translated_page(english, spanish, comms, translator, django_capture_on_commit_callbacks):
    """A live English page that Communications sent for translation and a translator translated
    and published, all through the admin."""
    home = Page.objects.get(locale=english, depth=2)
    page = StandardPageFactory(parent=home, title="Delegation to Colombia", slug="delegation")
    response = comms.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [spanish.pk]},
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get(object_id=page.translation_key)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=spanish,
            context=segment.context,
            data=spanish_of(segment.string.data),
        )
    spanish_page = page.get_translation(spanish)
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url(spanish_page), {"action": "publish"})
    spanish_page.refresh_from_db()
    assert spanish_page.live and spanish_page.title == SPANISH_TITLE
    return page


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[obj.pk])


def change_and_approve(comms, moderator, page, title):
    """Communications submit a change; a moderator approves it: the English goes live."""
    response = comms.post(edit_url(page), edit_data(page, "action-submit", title))
    assert response.status_code == 302
    page.refresh_from_db()
    with_callbacks = workflow_action(moderator, page, "approve")
    assert with_callbacks.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == title


def strings(client, spanish_page):
    """{content path: (English, Spanish or None)} as the translation editor shows them."""
    props = editor_props(client.get(edit_url(spanish_page)))
    translated = {t["segment_id"]: t["data"] for t in props["initialStringTranslations"]}
    return {
        segment["contentPath"]: (segment["source"], translated.get(segment["id"]))
        for segment in props["segments"]
        if segment["type"] == "string"
    }


def test_published_english_waits_in_the_translation_editor_and_spanish_stays_live(
    translated_page, spanish, comms, moderator, translator, client
):
    spanish_page = translated_page.get_translation(spanish)
    live_revision = spanish_page.live_revision_id

    change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2027")

    # Visitors still read the Spanish as a translator published it.
    spanish_page.refresh_from_db()
    assert spanish_page.live_revision_id == live_revision
    assert spanish_page.title == SPANISH_TITLE
    response = client.get(spanish_page.url)
    assert SPANISH_TITLE in response.content.decode()
    assert "2027" not in response.content.decode()

    # The translator finds the new title untranslated, the unchanged slug still translated.
    shown = strings(translator, spanish_page)
    assert shown["title"] == ("Delegation to Colombia, 2027", None)
    assert shown["slug"] == ("delegation", "ES delegation")


def test_a_failing_source_update_does_not_stop_the_publication(
    translated_page, comms, moderator, monkeypatch, caplog
):
    def broken(self):
        raise RuntimeError("translation memory unavailable")

    monkeypatch.setattr(TranslationSource, "update_from_db", broken)
    with caplog.at_level(logging.ERROR, logger="home.handoffs"):
        change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2027")
    assert "translation handoff failed" in caplog.text


def test_a_published_english_snippet_waits_for_its_translator(spanish, english, translator):
    footer = FooterText.objects.get(locale=english)
    footer.body = "<p>Workers of the Americas, together.</p>"
    footer.save_revision().publish()

    spanish_footer = footer.get_translation(spanish)
    shown = strings(translator, spanish_footer)
    assert ("Workers of the Americas, together.", None) in shown.values()
    spanish_footer.refresh_from_db()
    assert "Workers of the Americas" not in str(spanish_footer.body)


def mail_to(username):
    return [message for message in mail.outbox if f"{username}@example.org" in message.to]


def test_translators_get_one_digest_in_spanish_with_links_that_open_for_them(
    translated_page, spanish, english, comms, moderator, translator
):
    call_command("send_translation_digest", verbosity=0)  # what the demo had waiting
    mail.outbox.clear()

    change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2027")
    change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2028")
    home = Page.objects.get(locale=english, depth=2)
    StandardPageFactory(
        parent=home, title="Speakers bureau", slug="speakers"
    ).save_revision().publish()
    assert not mail_to("translator"), "one digest, not one mail per publication"

    call_command("send_translation_digest", verbosity=0)

    (digest,) = mail_to("translator")
    assert "Esperan su traducción" in digest.subject
    assert "Delegation to Colombia, 2028 (página estándar)" in digest.body
    # Never sent for translation: the digest says Communications will send it.
    assert "Speakers bureau" in digest.body and "Comunicación" in digest.body
    spanish_page = translated_page.get_translation(spanish)
    links = [word for word in digest.body.split() if word.startswith("http")]
    assert any(urlsplit(link).path == edit_url(spanish_page) for link in links)
    for link in links:
        assert translator.get(urlsplit(link).path).status_code == 200, link

    # Nothing new: no second mail. A new change: a new digest.
    call_command("send_translation_digest", verbosity=0)
    assert len(mail_to("translator")) == 1
    change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2029")
    call_command("send_translation_digest", verbosity=0)
    assert len(mail_to("translator")) == 2
    assert "Speakers bureau" not in mail_to("translator")[1].body


def test_communications_hear_when_the_translation_they_asked_for_is_published(
    translated_page, spanish, comms, moderator, translator, django_capture_on_commit_callbacks
):
    change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2027")
    mail.outbox.clear()

    spanish_page = translated_page.get_translation(spanish)
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url(spanish_page), {"action": "publish"})

    (message,) = mail_to("comms")
    assert message.subject == "Spanish translation published: Delegation to Colombia, 2027"
    spanish_page.refresh_from_db()
    assert spanish_page.full_url in message.body
    assert edit_url(translated_page) in message.body
    assert not mail_to("translator"), "the translator who published is not told"


def test_the_translators_admin_home_lists_what_waits_for_them(
    translated_page, spanish, comms, moderator, translator
):
    change_and_approve(comms, moderator, translated_page, "Delegation to Colombia, 2027")

    home = BeautifulSoup(translator.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = home.select_one("#waiting-for-translation-section")
    link = panel.find("a", string="Delegation to Colombia, 2027")
    assert link["href"] == edit_url(translated_page.get_translation(spanish))
    assert translator.get(link["href"]).status_code == 200
    # Communications do not translate: no such panel for them.
    home = BeautifulSoup(comms.get(reverse("wagtailadmin_home")).content, "html.parser")
    assert home.select_one("#waiting-for-translation-section") is None


def test_who_submitted_the_translation_hears_too_when_a_moderator_wrote_the_change(
    translated_page, spanish, moderator, translator, django_capture_on_commit_callbacks
):
    data = edit_data(translated_page, "action-publish", "Delegation to Colombia, 2027")
    assert moderator.post(edit_url(translated_page), data).status_code == 302
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url(translated_page.get_translation(spanish)), {"action": "publish"})

    for username in ("comms", "moderator"):  # submitted it; wrote the English now translated
        (message,) = mail_to(username)
        assert message.subject == "Spanish translation published: Delegation to Colombia, 2027"
