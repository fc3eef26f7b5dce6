"""Reviewing from the admin home in a real browser: a moderator asks for changes (Wagtail's
comment dialog) on one submitted page and approves another, without opening either; the writer
reads the request on their own admin home."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.conftest import in_own_thread, log_in, screenshot
from tests.factories import StandardPageFactory

# The database must exist; the pages are written on a connection of their own, then deleted.
pytestmark = pytest.mark.django_db

TO_CHANGE = "Report back from the Cauca delegation"
TO_APPROVE = "Statement on the port strike"
COMMENT = "Please name the unions we met."
TIMEOUT = 20_000


def delete_pages():
    for page in Page.objects.filter(slug__startswith="review-from-dashboard-"):
        page.delete()


def submit_two_pages():
    """Two English pages, each submitted for review by Communications."""
    comms = get_user_model().objects.get(username="comms")
    home = Page.objects.get(locale__language_code="en", depth=2)
    for number, title in enumerate((TO_CHANGE, TO_APPROVE)):
        page = StandardPageFactory(parent=home, title=title, slug=f"review-from-dashboard-{number}")
        page.save_revision(user=comms)
        page.get_workflow().start(page, comms)


def row(table, title):
    return table.get_by_role("row").filter(has=table.page.get_by_role("link", name=title))


@pytest.fixture
def submitted_pages():
    in_own_thread(delete_pages)
    in_own_thread(submit_two_pages)
    yield
    in_own_thread(delete_pages)


def test_moderator_reviews_from_the_admin_home(browser, page, site_url, submitted_pages):
    page.set_default_timeout(TIMEOUT)
    expect.set_options(timeout=TIMEOUT)
    try:
        log_in(page, "moderator", "solidaridad-modera")
        awaiting = page.get_by_role("region", name="Awaiting your review")
        screenshot(page, "review-1-awaiting")

        # Request changes opens Wagtail's comment dialog; the comment goes with the request.
        row(awaiting, TO_CHANGE).get_by_role("button", name="Request changes").click()
        dialog = page.locator(".modal-dialog")
        dialog.get_by_label("Comment").fill(COMMENT)
        screenshot(page, "review-2-comment")
        dialog.get_by_role("button", name="Request changes").click()
        expect(awaiting.get_by_role("link", name=TO_CHANGE)).to_have_count(0)

        # Approve posts at once: the page is published.
        row(awaiting, TO_APPROVE).get_by_role("button", name="Approve", exact=True).click()
        expect(page).to_have_url(re.compile(r"/admin/$"))
        expect(awaiting).to_contain_text("Nothing is waiting for your review.")
        page.goto("/en/review-from-dashboard-1/")
        expect(page.locator("h1")).to_have_text(TO_APPROVE)

        # The writer reads who asked for what on their admin home.
        page.context.clear_cookies()
        log_in(page, "comms", "solidaridad-comms")
        changes = page.get_by_role("table", name="Changes requested")
        expect(row(changes, TO_CHANGE)).to_contain_text("Marta Moderadora")
        expect(row(changes, TO_CHANGE)).to_contain_text(COMMENT)
        screenshot(page, "review-3-changes-requested")
    finally:
        expect.set_options(timeout=5_000)
