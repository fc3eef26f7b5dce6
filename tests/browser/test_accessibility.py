"""axe-core (from npm, injected into the page) finds no WCAG 2.2 A/AA violation on any demo page,
in either language, on a phone or a desktop; screenshots of each are kept as artifacts."""

from pathlib import Path

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.conftest import screenshot

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
EXTRA_URLS = ["/en/search/?q=union", "/es/search/?q=sindicato", "/en/no-such-page/"]


@pytest.fixture
def context_options():
    """axe-core is injected as an inline script, which the site's Content-Security-Policy
    refuses: these pages are checked with the policy bypassed (only here; tests/test_security.py
    and the other browser tests keep it)."""
    return {"bypass_csp": True}


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(f"axe.run(document, {{runOnly: {RULES}}})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_axe_violation_on_any_page(page, viewport):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs axe-core with npm")
    page.set_viewport_size(VIEWPORTS[viewport])
    urls = [p.url for p in Page.objects.live().filter(depth__gte=2).order_by("path")] + EXTRA_URLS
    failures = {}
    for url in urls:
        page.goto(url)
        violations = axe_violations(page)
        name = f"axe-{viewport}-{url.strip('/').replace('/', '_').replace('?', '_') or 'root'}"
        screenshot(page, name)
        if violations:
            failures[url] = violations
    assert not failures, failures


def test_form_with_errors_is_accessible(page):
    page.goto("/es/contacto/")
    page.get_by_role("button", name="Enviar").click()
    # Waits for the re-shown form: name, email and message are required.
    expect(page.locator(".form__field--error")).to_have_count(3)
    assert not axe_violations(page)
