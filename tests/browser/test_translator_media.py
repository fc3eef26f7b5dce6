"""The translator in wagtail-localize's editor, in a real browser: the chosen image's preview
loads, and its "Edit this image" opens the image's details, with the words to translate."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.conftest import in_own_thread, log_in, screenshot

pytestmark = pytest.mark.django_db


def test_edit_this_image_opens_the_image_s_details(page):
    spanish = in_own_thread(
        lambda: Page.objects.get(locale__language_code="es", slug="de-trabajador-a-trabajador")
    )
    log_in(page, "translator", "solidaridad-traduce")
    page.goto(f"/admin/pages/{spanish.pk}/edit/")

    chooser = page.locator(".image-chooser .chosen").first
    expect(chooser.locator("img")).to_be_visible()
    with page.context.expect_page() as opened:
        chooser.locator("a.edit-link").click()
    details = opened.value
    details.wait_for_load_state()

    assert details.url.endswith("/details/")
    expect(details.locator("main figure img")).to_be_visible()
    expect(details.get_by_role("heading", name="Dónde se usa esta imagen")).to_be_visible()
    expect(details.get_by_role("link", name=spanish.title)).to_be_visible()
    screenshot(details, "translator-image-details")
