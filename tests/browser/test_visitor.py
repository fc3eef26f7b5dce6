"""A visitor in a real browser: reads in English, switches to Spanish, uses the keyboard."""

from playwright.sync_api import expect

from tests.browser.conftest import screenshot


def test_visitor_switches_language_on_a_tour_page(page, site_url):
    page.goto("/en/tours/west-coast-labor-solidarity-tour-2013/")
    expect(page.locator("h1")).to_have_text("West Coast Labor Solidarity Tour")
    screenshot(page, "tour-en-desktop")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    expect(page).to_have_url(f"{site_url}/es/giras/gira-solidaridad-laboral-costa-oeste-2013/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("h1")).to_have_text("Gira de Solidaridad Laboral por la Costa Oeste")
    expect(page.get_by_role("heading", name="Paradas de la gira")).to_be_visible()
    screenshot(page, "tour-es-desktop")


def test_home_on_a_phone_with_the_keyboard(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/es/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Saltar al contenido")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("De trabajador a trabajador, sin fronteras")
    screenshot(page, "home-es-phone")


def test_event_dates_stand_clear_of_their_titles_on_a_wide_screen(page):
    """A Spanish date is long ("3 de febrero de 2013"): it once ran into the title at 1400 px."""
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto("/es/campanas/de-trabajador-a-trabajador/")
    events = page.locator(".event-list__item")
    expect(events).to_have_count(3)
    for event in events.all():
        # Where the words are drawn, which may overflow their element's box.
        date_end, title_start = event.evaluate(
            """item => ["date", "title"].map(part => {
                const range = document.createRange();
                range.selectNodeContents(item.querySelector(`.event-list__${part}`));
                return range.getBoundingClientRect();
            }).map((box, index) => index ? box.left : box.right)"""
        )
        assert date_end < title_start, event.inner_text()


def test_search_from_the_header_with_the_keyboard_on_a_phone_and_a_desktop(page, site_url):
    for width, path, label, words in [
        (390, "/es/aliadas/", "Buscar en el sitio", "FENSUAGRO"),
        (1280, "/en/partners/", "Search the site", "tour"),
    ]:
        page.set_viewport_size({"width": width, "height": 844})
        page.goto(path)
        search = page.get_by_role("banner").get_by_role("searchbox", name=label)
        expect(search).to_be_visible()
        # Nothing sticks out sideways: the header fits the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        screenshot(page, f"header-search-{width}")

        search.focus()
        page.keyboard.type(words)
        page.keyboard.press("Enter")
        expect(page).to_have_url(f"{site_url}{path[:4]}search/?q={words}")
        expect(page.locator(".search-results a").first).to_be_visible()
