"""Scheduled publishing: a page approved with a go-live date appears on the public site when
`publish_scheduled` runs after that date (every minute beside `make run`, from cron in
production), and not before."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

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
