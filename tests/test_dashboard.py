"""The admin home answers "what needs me?": pages awaiting my review (with the buttons to approve
them or ask for changes), my unpublished drafts and what I was asked to change, and the tour stops
of the next 60 days, in a number of queries that does not grow with content."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.users.models import UserProfile

from campaigns.models import TourStop
from home.dashboard import DraftsPanel
from home.models import Testimonial
from tests.factories import StandardPageFactory, TourPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")


def panel(client, panel_id):
    soup = BeautifulSoup(client.get(DASHBOARD).content, "html.parser")
    return soup.select_one(f"#{panel_id}-section")


def panel_text(client, panel_id):
    found = panel(client, panel_id)
    return found.get_text(" ", strip=True) if found else None


def button(section, label, title):
    """The panel's button `label` on the row of `title`."""
    row = section.find("a", string=title).find_parent("tr")
    return next(b for b in row.find_all("button") if b.get_text(strip=True) == label)


def ask_for_changes(client, section, title, comment):
    """What Wagtail's workflow-action script does with a button that opens the comment dialog:
    it loads the dialog's form from the button's URL, then posts the form there (by XHR)."""
    url = button(section, "Request changes", title)["data-workflow-action-url"]
    assert client.get(url).json()["step"] == "action"
    response = client.post(
        url, {"comment": comment, "next": DASHBOARD}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.json()["step"] == "success"


def draft(user, title, home, submit=False):
    """A page with changes by `user` that are not published (and, if `submit`, in review)."""
    page = StandardPageFactory(parent=home, title=f"{title} (old)")
    page.save_revision().publish()
    page.title = title
    revision = page.save_revision(user=user)
    if submit:
        page.get_workflow().start(page, user)
    return revision


@pytest.fixture
def home(english):
    return Page.objects.get(locale=english, depth=2)


@pytest.fixture
def users(django_user_model):
    return {name: django_user_model.objects.get(username=name) for name in ("comms", "moderator")}


def test_moderators_see_what_awaits_their_review(home, users, comms_client, moderator_client):
    draft(users["comms"], "Solidarity with the Cerrejón miners", home, submit=True)
    text = panel_text(moderator_client, "awaiting-review")
    assert "Solidarity with the Cerrejón miners" in text and "Camila Comms" in text
    # Communications do not review: no such panel for them.
    assert panel(comms_client, "awaiting-review") is None


def test_drafts_i_left_until_i_submit_them(home, users, comms_client):
    revision = draft(users["comms"], "Report back from Honduras", home)
    assert "Report back from Honduras" in panel_text(comms_client, "my-drafts")

    page = revision.content_object
    page.get_workflow().start(page, users["comms"])
    assert "Report back from Honduras" not in panel_text(comms_client, "my-drafts")


def test_tour_stops_of_the_next_sixty_days(comms_client, english):
    today = timezone.localdate()
    tour = TourPageFactory(
        parent=Page.objects.get(locale=english, slug="tours"),
        start_date=today + datetime.timedelta(days=20),
        end_date=today + datetime.timedelta(days=80),
    )
    for days, city in ((20, "Oakland"), (59, "Fresno"), (75, "Eugene")):
        TourStop.objects.create(
            page=tour, date=today + datetime.timedelta(days=days), city=city, locale=english
        )
    text = panel_text(comms_client, "upcoming-tour-stops")
    assert "Oakland" in text and "Fresno" in text and "Eugene" not in text
    assert "2013" not in text  # the 2013 tour is long past


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(DASHBOARD).status_code == 200
    return len(queries)


def test_dashboard_queries_do_not_grow_with_content(home, users, moderator_client, english):
    draft(users["moderator"], "Draft 0", home)
    draft(users["comms"], "Submitted 0", home, submit=True)
    small = dashboard_queries(moderator_client)

    tour = TourPageFactory(parent=Page.objects.get(locale=english, slug="tours"))
    today = timezone.localdate()
    for n in range(1, 8):
        draft(users["moderator"], f"Draft {n}", home)
        draft(users["comms"], f"Submitted {n}", home, submit=True)
        TourStop.objects.create(
            page=tour, date=today + datetime.timedelta(days=n), city=f"City {n}", locale=english
        )
    assert dashboard_queries(moderator_client) == small


def test_what_i_was_asked_to_change_is_one_query(home, users):
    """(Wagtail's own panel of the user's pages in a workflow, beside ours, costs a query per
    page: its language labels.)"""

    def send_back(n):
        revision = draft(users["comms"], f"Sent back {n}", home, submit=True)
        revision.content_object.current_workflow_task_state.reject(user=users["moderator"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert DraftsPanel(users["comms"]).changes_requested()
        return len(captured)

    send_back(0)
    small = queries()
    for n in range(1, 6):
        send_back(n)
    assert queries() == small == 1


def test_snippets_in_review_await_the_moderator_too(users, english, moderator_client):
    """Snippets are reviewed like pages (footer texts, testimonials, committees, topics)."""
    testimonial = Testimonial.objects.filter(locale=english).first()
    testimonial.city = "Oakland"
    testimonial.save_revision(user=users["comms"])
    testimonial.get_workflow().start(testimonial, users["comms"])
    section = panel(moderator_client, "awaiting-review")
    link = section.find("a", string=str(testimonial))
    assert link is not None and "Testimonial" in section.get_text()
    assert link["href"] == reverse("wagtailsnippets_home_testimonial:edit", args=[testimonial.pk])
    assert moderator_client.get(link["href"]).status_code == 200


def test_moderators_approve_from_the_dashboard(home, users, moderator_client, client):
    title = "Solidarity with the Cerrejón miners"
    page = draft(users["comms"], title, home, submit=True).content_object
    section = panel(moderator_client, "awaiting-review")
    # The Approve button posts to Wagtail's workflow action, as its own dashboard panel did.
    url = button(section, "Approve", title)["data-workflow-action-url"]
    assert moderator_client.post(url, {"next": DASHBOARD}).status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == title and not page.workflow_in_progress
    assert title in client.get(page.url).content.decode()
    assert "Nothing is waiting for your review." in panel_text(moderator_client, "awaiting-review")


def test_communications_read_what_the_moderator_asked_and_who(
    home, users, comms_client, moderator_client
):
    draft(users["comms"], "Report back from Honduras", home, submit=True)
    ask_for_changes(
        moderator_client,
        panel(moderator_client, "awaiting-review"),
        "Report back from Honduras",
        "Please name the unions we met.",
    )

    section = panel(comms_client, "my-drafts")
    changes = section.select_one("#changes-requested")
    row = changes.find("a", string="Report back from Honduras").find_parent("tr")
    text = row.get_text(" ", strip=True)
    assert "Marta Moderadora" in text and "Camila Comms" not in text
    assert "Please name the unions we met." in text
    assert "everything you changed is published or submitted" not in section.get_text()

    # In Spanish too.
    profile = UserProfile.get_for_user(users["comms"])
    profile.preferred_language = "es"
    profile.save()
    text = panel_text(comms_client, "my-drafts")
    assert (
        "Cambios solicitados" in text and "Solicitados por" in text and "Marta Moderadora" in text
    )

    # Once resubmitted, it is no longer waiting for the author.
    page = Page.objects.get(title="Report back from Honduras (old)")
    page.current_workflow_state.resume(user=users["comms"])
    assert panel(comms_client, "my-drafts").select_one("#changes-requested") is None


def test_snippets_sent_back_reach_their_author(users, english, comms_client, moderator_client):
    testimonial = Testimonial.objects.filter(locale=english).first()
    testimonial.city = "Oakland"
    testimonial.save_revision(user=users["comms"])
    testimonial.get_workflow().start(testimonial, users["comms"])
    ask_for_changes(
        moderator_client,
        panel(moderator_client, "awaiting-review"),
        str(testimonial),
        "Which local is she in?",
    )
    changes = panel(comms_client, "my-drafts").select_one("#changes-requested")
    link = changes.find("a", string=str(testimonial))
    assert link["href"] == reverse("wagtailsnippets_home_testimonial:edit", args=[testimonial.pk])
    assert "Which local is she in?" in changes.get_text()
    assert "Testimonial" in changes.get_text()
