"""The admin home answers "what needs me?": pages awaiting my review, my unpublished drafts and
the tour stops of the next 60 days, in a number of queries that does not grow with content."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from campaigns.models import TourStop
from tests.factories import StandardPageFactory, TourPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")


def panel(client, panel_id):
    soup = BeautifulSoup(client.get(DASHBOARD).content, "html.parser")
    return soup.select_one(f"#{panel_id}-section")


def panel_text(client, panel_id):
    found = panel(client, panel_id)
    return found.get_text(" ", strip=True) if found else None


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


def test_snippets_in_review_await_the_moderator_too(users, english, moderator_client):
    """Snippets are reviewed like pages (footer texts, testimonials, committees, topics)."""
    from home.models import Testimonial

    testimonial = Testimonial.objects.filter(locale=english).first()
    testimonial.city = "Oakland"
    testimonial.save_revision(user=users["comms"])
    testimonial.get_workflow().start(testimonial, users["comms"])
    section = panel(moderator_client, "awaiting-review")
    link = section.find("a", string=str(testimonial))
    assert link is not None and "Testimonial" in section.get_text()
    assert link["href"] == reverse("wagtailsnippets_home_testimonial:edit", args=[testimonial.pk])
    assert moderator_client.get(link["href"]).status_code == 200
