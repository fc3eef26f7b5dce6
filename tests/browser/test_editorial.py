"""The editorial loop in a real browser: a Communications writer creates a campaign from nothing
(a hero photo uploaded with its credit, numbered priorities, a call to action), previews it and
submits it for moderation; a moderator approves it from the admin home; a visitor reads it."""

import re

import pytest
from PIL import Image as PillowImage
from playwright.sync_api import expect
from wagtail.images import get_image_model

from campaigns.models import CampaignIndexPage, CampaignPage
from tests.browser.conftest import ARTIFACTS, in_own_thread, log_in, screenshot

# The database must exist, but this test writes only through the server (see in_own_thread).
pytestmark = pytest.mark.django_db

TITLE = "Garment workers organize in Honduras"
SLUG = "garment-workers-organize-in-honduras"
SUMMARY = "Backing the maquila workers who are building independent unions in San Pedro Sula."
IMAGE_TITLE = "Maquila workers at a union meeting"
CREDIT = "Ana Ruiz / Solidaridad"
HERO_ALT = "Women in work aprons raise their hands at a union meeting."
PRIORITIES = [
    "Win recognition for the independent unions at three factories.",
    "Stop the firing of union organizers.",
    "Bring a maquila organizer on a speaking tour.",
]
CTA_HEADING = "Stand with the maquila workers"
CTA_TEXT = "Add your union's name to the letter to the factory owners."
CTA_BUTTON = "Sign the letter"
CTA_URL = "https://example.org/maquila-letter"
TIMEOUT = 20_000


def delete_campaign():
    """What the test made through the server, gone: the page (its revisions and workflow
    states go with it) and the uploaded photo (its file and renditions too)."""
    for campaign in CampaignPage.objects.filter(slug=SLUG):
        campaign.delete()
    for image in get_image_model().objects.filter(credit=CREDIT):
        image.delete()


@pytest.fixture
def campaigns_index():
    """The English Campaigns page; the campaign the test creates under it is deleted
    afterwards (the server's writes are committed: other tests would see them)."""
    index = in_own_thread(lambda: CampaignIndexPage.objects.get(locale__language_code="en"))
    in_own_thread(delete_campaign)
    yield index
    in_own_thread(delete_campaign)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "maquila-workers.jpg"
    PillowImage.new("RGB", (1200, 800), "#8a3b2e").save(path, "JPEG")
    return path


def dump(page, name):
    """A screenshot and the page's HTML, to read the real DOM when a locator fails."""
    screenshot(page, name)
    (ARTIFACTS / f"{name}.html").write_text(page.content())


def test_campaign_from_draft_to_public(browser, page, site_url, campaigns_index, photo):
    """Each person has a browser of their own (so the preview panel the writer left open in
    theirs stays there); `page`, the writer's, collects the server's errors for all three."""
    # The admin is slow on a busy machine; expect's default (5 s) is put back at the end.
    page.set_default_timeout(TIMEOUT)
    expect.set_options(timeout=TIMEOUT)
    current = page
    contexts = []

    def new_browser():
        context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT)
        contexts.append(context)
        return context.new_page()

    try:
        # Communications: a new campaign under Campaigns.
        log_in(page, "comms", "solidaridad-comms")
        page.goto(f"/admin/pages/{campaigns_index.pk}/")
        page.get_by_role("link", name="Add child page").first.click()
        expect(page).to_have_url(re.compile(r"/admin/pages/add/campaigns/campaignpage/\d+/$"))
        page.wait_for_load_state()
        page.locator("#id_title").fill(TITLE)
        page.locator("#id_summary").fill(SUMMARY)

        # The hero photo, uploaded from the chooser with its credit.
        page.get_by_role("button", name="Choose an image").click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Upload").click()
        modal.get_by_label("File").set_input_files(photo)
        # The chooser titles the image after its file name; a better title replaces it.
        expect(modal.get_by_label("Title")).to_have_value(photo.stem)
        modal.get_by_label("Title").fill(IMAGE_TITLE)
        modal.get_by_label("Photo credit").fill(CREDIT)
        screenshot(page, "editorial-1-upload-photo")
        modal.get_by_role("button", name="Upload").click()
        expect(modal).to_be_hidden()
        expect(page.locator("[data-contentpath=hero_image]")).to_contain_text(IMAGE_TITLE)
        page.get_by_label("Hero image alt text").fill(HERO_ALT)

        # Numbered priorities: one block per priority.
        priorities = page.locator("#priorities-root")
        for number, priority in enumerate(PRIORITIES):
            priorities.get_by_role("button", name="Insert a block").last.click()
            page.locator(f"#priorities-{number}-value").fill(priority)

        # The call to action. (The kind of call to action is labelled like its section: it is
        # the only select in it.)
        call_to_action = page.get_by_role("region", name="Call to action")
        call_to_action.get_by_role("combobox").select_option(label="Sign up")
        call_to_action.get_by_label("Call to action heading").fill(CTA_HEADING)
        call_to_action.get_by_label("Call to action text").fill(CTA_TEXT)
        call_to_action.get_by_label("Button text").fill(CTA_BUTTON)
        call_to_action.get_by_label("Button link").fill(CTA_URL)
        # Wagtail autosaves the new page as a draft: wait for it, so that the preview's
        # requests do not race the autosave's (SQLite takes one writer at a time).
        expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
        expect(page.locator("#w-autosave-indicator")).to_have_attribute(
            "data-w-autosave-state-value", "saved"
        )
        for heading, name in [
            ("Priorities", "2a-priorities"),
            ("Call to action", "2b-call-to-action"),
        ]:
            # Its heading scrolled to the top (Playwright's scroll_into_view_if_needed on the
            # section shifted the admin sideways in the screenshots).
            page.get_by_role("heading", name=heading, exact=True).first.evaluate(
                "heading => heading.scrollIntoView({block: 'start'})"
            )
            screenshot(page, f"editorial-{name}")

        # The preview beside the form shows the page as visitors will see it...
        preview_toggle = page.get_by_role("button", name="Toggle preview")
        preview_toggle.click()
        preview = page.frame_locator("#w-preview-iframe")
        expect(preview.locator("h1")).to_have_text(TITLE)
        expect(preview.locator(".priorities li")).to_have_text(PRIORITIES)
        expect(preview.locator(".figure__credit")).to_contain_text(CREDIT)
        screenshot(page, "editorial-3a-preview-panel")
        # ... and in a tab of its own, whole.
        with page.context.expect_page() as new_tab:
            page.get_by_role("link", name="Preview in new tab").click()
        preview_tab = new_tab.value
        expect(preview_tab.locator("h1")).to_have_text(TITLE)
        expect(preview_tab.locator(".priorities li")).to_have_text(PRIORITIES)
        expect(preview_tab.locator(".figure__credit")).to_contain_text(CREDIT)
        expect(preview_tab.get_by_role("link", name=CTA_BUTTON)).to_have_attribute("href", CTA_URL)
        screenshot(preview_tab, "editorial-3b-preview-tab")
        preview_tab.close()
        # Closed, the panel stops refreshing.
        preview_toggle.click()
        expect(preview_toggle).to_have_attribute("aria-expanded", "false")

        # Communications may not publish: they submit to the Moderators.
        footer = page.get_by_role("navigation", name="Actions (footer)")
        footer.get_by_role("button", name="More actions").click()
        footer.get_by_role("button", name="Submit to Moderators approval").click()
        expect(page.locator(".messages")).to_contain_text(
            f"Page '{TITLE}' has been submitted for moderation."
        )
        screenshot(page, "editorial-4-submitted")

        # A moderator finds it on the admin home, opens it and approves it (the last task of
        # the workflow: its button says it publishes).
        current = new_browser()
        log_in(current, "moderator", "solidaridad-modera")
        awaiting = current.get_by_role("region", name="Awaiting your review")
        expect(awaiting).to_contain_text("Camila Comms")
        screenshot(current, "editorial-5-moderator-home")
        awaiting.get_by_role("link", name=TITLE).click()
        expect(current.locator("#id_title")).to_have_value(TITLE)
        footer = current.get_by_role("navigation", name="Actions (footer)")
        footer.get_by_role("button", name="More actions").click()
        approve = footer.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$"))
        expect(approve).to_be_visible()
        screenshot(current, "editorial-6-moderator-actions")
        approve.click()
        # Wagtail says "updated"; the explorer's status says it is live, and links to it.
        expect(current.locator(".messages")).to_contain_text(f"Page '{TITLE}' has been updated.")
        status = current.locator("tr", has_text=TITLE).get_by_role(
            "link", name="Current page status: live"
        )
        expect(status).to_have_attribute("href", f"/en/campaigns/{SLUG}/")
        screenshot(current, "editorial-7-approved")

        # A visitor reads it on the public site.
        current = new_browser()
        current.goto("/en/campaigns/")
        current.get_by_role("link", name=TITLE).click()
        expect(current).to_have_url(f"{site_url}/en/campaigns/{SLUG}/")
        expect(current.locator("h1")).to_have_text(TITLE)
        expect(current.locator(".priorities li")).to_have_text(PRIORITIES)
        expect(current.get_by_role("img", name=HERO_ALT)).to_be_visible()
        expect(current.locator(".figure__credit")).to_contain_text(CREDIT)
        call_to_action = current.get_by_role("region", name=CTA_HEADING)
        expect(call_to_action).to_contain_text(CTA_TEXT)
        expect(call_to_action.get_by_role("link", name=CTA_BUTTON)).to_have_attribute(
            "href", CTA_URL
        )
        screenshot(current, "editorial-8-public")
    except Exception:
        dump(current, "editorial-failure")
        raise
    finally:
        # Leave the admin pages now, while the test may still use the database: leaving an
        # edit view releases its editing session with a last request to the server.
        for tab in [*page.context.pages, *(tab for context in contexts for tab in context.pages)]:
            tab.goto("about:blank")
        for context in contexts:
            context.close()
        expect.set_options(timeout=5_000)
