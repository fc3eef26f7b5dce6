"""Scheduled publishing: a page approved with a go-live date appears on the public site when
`publish_scheduled` runs after that date (every minute beside `make run`, from cron in
production), and not before. Its Spanish translation, published by a translator, goes live with
it; the admin says "scheduled", with the date, wherever it would have said "published" or "never
published"."""

import datetime
import html
import io
import re
from urllib.parse import urlencode

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import override as translation_override
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from home.translation_status import State, translation_status
from tests.conftest import login
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def publish_scheduled():
    call_command("publish_scheduled", stdout=io.StringIO())


def edit_with_go_live_date(client, page, title, go_live_at, action):
    """Edit a page in the admin, set its go-live date and press a button."""
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>Statement of support.</p>"))]),
            "comments": inline_formset([]),
            "go_live_at": timezone.localtime(go_live_at).strftime("%Y-%m-%d %H:%M"),
            action: action,
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.context and response.context["form"].errors


def approve(client, page):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302


@pytest.fixture
def home(english):
    return Page.objects.get(locale=english, depth=2)


def test_approved_change_goes_live_at_its_date(home, comms_client, moderator_client, client):
    page = StandardPageFactory(parent=home, title="Statement", slug="statement")
    page.save_revision().publish()  # published from the admin, so it has a live revision
    go_live_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=2)

    # Communications schedule the change and submit it; a moderator approves.
    edit_with_go_live_date(
        comms_client, page, "Statement on the strike", go_live_at, "action-submit"
    )
    approve(moderator_client, page)
    page.refresh_from_db()
    assert page.title == "Statement"
    assert page.scheduled_revision is not None

    publish_scheduled()  # before the date: nothing happens
    assert "Statement on the strike" not in client.get(page.url).content.decode()

    with time_machine.travel(go_live_at + datetime.timedelta(minutes=1)):
        publish_scheduled()
    page.refresh_from_db()
    assert page.title == "Statement on the strike" and page.live
    assert "Statement on the strike" in client.get(page.url).content.decode()


def test_new_page_is_not_public_until_its_date(home, moderator_client, client):
    page = StandardPageFactory(parent=home, title="Tour announcement", slug="announcement")
    page.unpublish()
    go_live_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(hours=3)
    # A moderator publishes with a future date: the page is scheduled, not live.
    edit_with_go_live_date(
        moderator_client, page, "Tour announcement", go_live_at, "action-publish"
    )
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.url).status_code == 404

    with time_machine.travel(go_live_at + datetime.timedelta(minutes=1)):
        publish_scheduled()
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def in_spanish(username):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = "es"
    profile.save()


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def schedule_dialog_message(response):
    """The dialog is in a <template> (Wagtail moves it into the form), which the parser keeps
    as a string."""
    found = re.search(
        r'id="schedule-publishing-dialog".*?class="w-dialog__message-heading">([^<]*)<',
        response.content.decode(),
        re.DOTALL,
    )
    return html.unescape(found.group(1))


def drafts_panel(client):
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    return soup.select_one("#my-drafts-section").get_text(" ", strip=True)


def shown(when):
    """A date as the admin shows it, in the active language."""
    return formats.date_format(timezone.localtime(when), "DATETIME_FORMAT")


def test_moderators_read_the_buttons_they_have(home, comms_client, moderator_client):
    page = StandardPageFactory(parent=home, title="Statement", slug="statement")
    page.save_revision().publish()
    go_live_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=2)
    edit_with_go_live_date(
        comms_client, page, "Statement on the strike", go_live_at, "action-submit"
    )
    editor = reverse("wagtailadmin_pages:edit", args=[page.pk])

    # The page is in review: no "Schedule to publish" button, so the dialog names the one there is.
    response = moderator_client.get(editor)
    text = text_of(response)
    assert "Approve and schedule" in text and "Approve with comment and schedule" in text
    assert "Schedule to publish" not in text and "Approve and Publish" not in text
    assert 'after you select "Approve and schedule"' in schedule_dialog_message(response)

    in_spanish("moderator")
    response = moderator_client.get(editor)
    assert "Aprobar y programar" in text_of(response)
    assert "cuando selecciones «Aprobar y programar»" in schedule_dialog_message(response)

    # Approved, the change is scheduled, and its author's dashboard says when it goes live.
    approve(moderator_client, page)
    assert f"Scheduled for {shown(go_live_at)}" in drafts_panel(comms_client)
    assert "Never published" not in drafts_panel(comms_client)


@pytest.fixture
def scheduled_post(home, moderator_client, spanish, django_capture_on_commit_callbacks):
    """A new English page a moderator scheduled, sent for translation by Communications."""
    page = StandardPageFactory(parent=home, title="Tour announcement", slug="announcement")
    page.unpublish()
    go_live_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(hours=3)
    edit_with_go_live_date(
        moderator_client, page, "Tour announcement", go_live_at, "action-publish"
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert login(Client(), "comms").post(url, {"locales": [spanish.pk]}).status_code == 302
    page.refresh_from_db()
    return page


def translate_all_and_publish(client, spanish_page, django_capture_on_commit_callbacks):
    """What the translator does in wagtail-localize's editor: every string, then Publish."""
    translation = Translation.objects.get(
        source__object_id=spanish_page.translation_key, target_locale=spanish_page.locale
    )
    for segment in StringSegment.objects.filter(source=translation.source):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        body = urlencode({"value": f"Anuncio de la gira {segment.pk}"})
        response = client.put(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201)  # updated, created
    editor = reverse("wagtailadmin_pages:edit", args=[spanish_page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(editor, {"action": "publish"}, follow=True)
    assert response.redirect_chain == [(editor, 302)]
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_spanish_page_goes_live_with_its_scheduled_english_page(
    scheduled_post, spanish, translator_client, client, django_capture_on_commit_callbacks
):
    spanish_page = scheduled_post.get_translation(spanish)
    said = translate_all_and_publish(
        translator_client, spanish_page, django_capture_on_commit_callbacks
    )
    go_live_at = scheduled_post.go_live_at
    spanish_page.refresh_from_db()
    assert not spanish_page.live and spanish_page.status_string == "scheduled"
    assert client.get(spanish_page.url).status_code == 404
    # The translator's admin is in Spanish: told when, not "Publicado".
    with translation_override("es"):
        assert said == [
            f"Programada '{spanish_page.title}' en español: se publicará "
            f"el {shown(go_live_at)}, junto con su página en inglés."
        ]
        assert f"Programada para el {shown(go_live_at)}" in drafts_panel(translator_client)

    row = next(row for row in translation_status() if row.title == "Tour announcement")
    assert row.state == State.SCHEDULED and row.target_scheduled_at == go_live_at
    report = text_of(translator_client.get(reverse("translation_report"), {"state": "scheduled"}))
    assert "Tour announcement" in report and "Programada" in report

    with time_machine.travel(go_live_at + datetime.timedelta(minutes=1)):
        publish_scheduled()
    spanish_page.refresh_from_db()
    scheduled_post.refresh_from_db()
    assert spanish_page.live and scheduled_post.live
    assert client.get(spanish_page.url).status_code == 200
