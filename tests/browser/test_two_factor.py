"""In the browser: a translator turns on two-factor authentication from their account, in
Spanish, and signs in again with the code; and what a password guesser sees once locked out."""

import base64
import re

import pytest
from axes.models import AccessAttempt
from django_otp.oath import hotp, totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.conftest import in_own_thread, log_in, screenshot

# The database must exist, but this test writes only through the server (see in_own_thread).
pytestmark = pytest.mark.django_db


def code_for(secret):
    """What an authenticator app shows now for `secret` (the one on the set-up page)."""
    return f"{totp(base64.b32decode(secret.replace(' ', ''))):06d}"


def next_code_for(secret, username):
    """The code of the time step after the one the user's device last accepted: a code is
    accepted once, and the device keeps the clock drift it saw at set-up (a step boundary
    crossed between typing the code and the server checking it), so "now plus one step" can
    fall outside its tolerance; the step after the last one used never does."""
    device = in_own_thread(lambda: TOTPDevice.objects.get(user__username=username))
    return f"{hotp(base64.b32decode(secret.replace(' ', '')), device.last_t + 1):06d}"


def test_translator_turns_on_two_factor_and_signs_in_with_the_code(browser, page, site_url):
    try:
        log_in(page, "translator", "solidaridad-traduce")
        page.goto("/admin/account/#tab-actions")
        page.get_by_role("link", name="Autenticación en dos pasos").click()
        expect(page.get_by_text("La autenticación en dos pasos está desactivada.")).to_be_visible()
        page.get_by_role("link", name="Configurar la autenticación en dos pasos").click()
        expect(page.get_by_role("img", name="Código QR de tu clave secreta")).to_be_visible()
        secret = page.locator("code[data-secret]").inner_text()
        page.get_by_label("Código").fill(code_for(secret))
        page.get_by_label("Contraseña actual").fill("solidaridad-traduce")
        screenshot(page, "two-factor-set-up")
        page.get_by_role("button", name="Activar la autenticación en dos pasos").click()
        expect(page.get_by_text("La autenticación en dos pasos está activada.")).to_be_visible()

        # Another browser: the password, then the code step.
        context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 800})
        other = context.new_page()
        other.goto("/admin/login/")
        other.fill("#id_username", "translator")
        other.fill("#id_password", "solidaridad-traduce")
        other.locator("form button[type=submit]").click()
        expect(other).to_have_url(re.compile(r"/admin/two-factor/verify/\?next="))
        expect(other.get_by_role("heading", name="Escribe tu código")).to_be_visible()
        other.get_by_label("Código").fill(next_code_for(secret, "translator"))
        screenshot(other, "two-factor-verify")
        other.get_by_role("button", name="Iniciar sesión").click()
        expect(other).to_have_url(re.compile(r"/admin/$"))
        context.close()
    finally:
        in_own_thread(lambda: TOTPDevice.objects.filter(user__username="translator").delete())


def test_password_guesser_sees_the_lockout_page(page):
    try:
        for _ in range(5):
            page.goto("/admin/login/")
            page.fill("#id_username", "nobody-here")
            page.fill("#id_password", "guess")
            page.locator("form button[type=submit]").click()
        expect(page.get_by_role("heading", name="Too many failed sign-in attempts")).to_be_visible()
        expect(page.get_by_text("for the next 15 minutes")).to_be_visible()
        screenshot(page, "login-lockout")
    finally:
        in_own_thread(lambda: AccessAttempt.objects.filter(username="nobody-here").delete())
