"""Review before publishing: Communications submit English pages, Moderators approve and
publish them or ask for changes, and everyone concerned hears about it by email."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.conftest import login
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(english):
    """A live English page under the English home, so under the moderation workflow."""
    home = Page.objects.get(locale=english, depth=2)
    return StandardPageFactory(parent=home, title="Delegation to Colombia", slug="delegation")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_data(page, action, title, comments=(), notify=False):
    """What the page editor posts: the form, any new comments, and the button pressed."""
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>Ten days in Cauca.</p>"))]),
            "comments": inline_formset(
                [
                    {
                        "id": "",
                        "contentpath": "title",
                        "text": text,
                        "position": "",
                        "resolved": "",
                        "replies": inline_formset([]),
                    }
                    for text in comments
                ]
            ),
        }
    )
    if notify:
        data["comment_notifications"] = "on"
    if action:
        data[action] = action
    return data


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def submit(client, page, title="Delegation to Colombia, 2027"):
    response = client.post(edit_url(page), edit_data(page, "action-submit", title, notify=True))
    assert response.status_code == 302, response.context and response.context["form"].errors
    page.refresh_from_db()
    return page


def test_communications_submit_instead_of_publishing(comms_client, page):
    editor = comms_client.get(edit_url(page)).content.decode()
    assert 'name="action-submit"' in editor
    assert 'name="action-publish"' not in editor

    # Forcing the publish button only saves a draft: the public page does not change.
    comms_client.post(edit_url(page), edit_data(page, "action-publish", "Hijacked"))
    page.refresh_from_db()
    assert page.title == "Delegation to Colombia" and page.has_unpublished_changes

    submit(comms_client, page)
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Moderators approval"
    assert page.title == "Delegation to Colombia"  # still the published version
    to_moderator = [m for m in mail.outbox if "moderator@example.org" in m.to]
    assert to_moderator and "Delegation to Colombia, 2027" in to_moderator[0].subject


def test_moderator_approves_and_the_page_goes_live(comms_client, moderator_client, page, client):
    submit(comms_client, page)
    mail.outbox.clear()

    # In review, a moderator approves: no plain Publish that would skip the review.
    editor = moderator_client.get(edit_url(page)).content.decode()
    assert "Approve and Publish" in editor and 'name="action-publish"' not in editor

    response = workflow_action(moderator_client, page, "approve", "Good to go.")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes and not page.workflow_in_progress
    assert page.title == "Delegation to Colombia, 2027"
    assert "Delegation to Colombia, 2027" in client.get(page.url).content.decode()
    to_author = [m for m in mail.outbox if "comms@example.org" in m.to]
    assert to_author and "approved" in to_author[0].subject.lower()


def test_moderator_asks_for_changes_and_the_author_reads_why(comms_client, moderator_client, page):
    submit(comms_client, page)
    mail.outbox.clear()

    workflow_action(moderator_client, page, "reject", "Please add the dates of the delegation.")
    page.refresh_from_db()
    assert page.title == "Delegation to Colombia"
    assert page.current_workflow_state.status == "needs_changes"
    to_author = [m for m in mail.outbox if "comms@example.org" in m.to]
    assert to_author and "Please add the dates of the delegation." in to_author[0].body


def test_only_moderators_approve(comms_client, page, client):
    submit(comms_client, page)
    for username in ("comms", "translator"):
        workflow_action(login(client, username), page, "approve")
        page.refresh_from_db()
        assert page.workflow_in_progress, f"{username} could approve"
        assert page.title == "Delegation to Colombia"


def test_review_comments_reach_the_author(comms_client, moderator_client, page):
    submit(comms_client, page)
    mail.outbox.clear()

    response = moderator_client.post(
        edit_url(page),
        edit_data(page, None, "Delegation to Colombia, 2027", comments=["Which towns in Cauca?"]),
    )
    assert response.status_code == 302
    assert page.wagtail_admin_comments.get().text == "Which towns in Cauca?"
    to_author = [m for m in mail.outbox if "comms@example.org" in m.to]
    assert to_author and "Which towns in Cauca?" in to_author[0].body


def test_the_spanish_tree_is_outside_the_workflow(spanish, moderator_client):
    spanish_page = Page.objects.get(locale=spanish, slug="de-trabajador-a-trabajador")
    assert spanish_page.get_workflow() is None
    # Moderators review English pages; the Spanish tree is the translators'.
    assert moderator_client.get(edit_url(spanish_page)).status_code in (302, 403)


def test_each_reviewer_gets_one_email_per_submission(comms_client, page):
    """The administrator (a superuser) was mailed twice: "submitted for approval" and
    "submitted to workflow"."""
    mail.outbox.clear()
    submit(comms_client, page)
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["admin@example.org", "moderator@example.org"]
    assert all("submitted for approval" in message.subject for message in mail.outbox)


def test_a_superuser_is_not_told_of_their_own_submission(admin_client, page):
    mail.outbox.clear()
    submit(admin_client, page)
    assert [message.to for message in mail.outbox] == [["moderator@example.org"]]
