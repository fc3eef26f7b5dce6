"""Playwright driving Debian's chromium (no browser download) against pytest-django's live server."""

import logging
import os
import re
import threading
import traceback
from pathlib import Path

import pytest
from django.core.signals import got_request_exception
from django.db import connection
from django.test.testcases import LiveServerThread, _StaticFilesHandler
from playwright.sync_api import expect, sync_playwright

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make are
# still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


class ServerErrors(logging.Handler):
    """Collects the live server's 500s and their tracebacks, so a test shows why it failed."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.tracebacks = []

    def emit(self, record):
        self.tracebacks.append(record.getMessage())

    def exception(self, sender, request, **kwargs):
        self.tracebacks.append(traceback.format_exc())


@pytest.fixture(scope="session")
def site_url(django_db_setup):
    """The demo site served on loopback from a thread with its own database connection.

    Not pytest-django's live_server: that one flushes the database after each test, and the
    demo site is built once per session. This server sees what is committed (the demo site),
    not what a test writes inside its transaction.
    """
    thread = LiveServerThread("127.0.0.1", _StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


@pytest.fixture
def context_options():
    """Extra options of the browser context; a test module overrides this fixture to change them."""
    return {}


@pytest.fixture
def page(browser, site_url, db, context_options):
    errors = ServerErrors()
    logging.getLogger("django.request").addHandler(errors)
    got_request_exception.connect(errors.exception)
    context = browser.new_context(
        base_url=site_url, viewport={"width": 1280, "height": 800}, **context_options
    )
    page = context.new_page()
    # Anything the Content-Security-Policy blocks is a failure: the site must work under it.
    csp_violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and csp_violations.append(f"{page.url}: {message.text}")
        ),
    )
    yield page
    context.close()
    logging.getLogger("django.request").removeHandler(errors)
    got_request_exception.disconnect(errors.exception)
    assert not errors.tracebacks, "\n".join(errors.tracebacks)
    assert not csp_violations, "\n".join(csp_violations)


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def in_own_thread(function):
    """Run ORM code on a connection of its own, committed at once, as the server's are: the
    test's own connection is inside a transaction that is rolled back, and on SQLite its read
    lock would block the server's writes. The function's exception, if any, is raised here."""
    outcome = {}

    def run():
        try:
            outcome["result"] = function()
        except BaseException as error:  # noqa: BLE001 - handed to the calling thread
            outcome["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
