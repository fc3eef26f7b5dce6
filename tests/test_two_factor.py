"""Two-factor authentication: any editor can turn it on in their account (an authenticator app);
from then on, signing in asks for its code. Editors who have not turned it on sign in with
their password, as the demo users do."""

import base64
import io
import re
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import login

SET_UP = "/admin/two-factor/set-up/"
VERIFY = "/admin/two-factor/verify/"
PASSWORDS = {"comms": "solidaridad-comms", "translator": "solidaridad-traduce"}

pytestmark = pytest.mark.django_db


def code(device, wrong=False):
    """What the user's app shows now (time_machine moves `now`)."""
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    if wrong:
        value = (value + 1) % 1_000_000
    return f"{value:06d}"


def set_up_app(client, username):
    """Turn two-factor authentication on through the account page, as the user would."""
    account = client.get("/admin/account/").content.decode()
    assert 'href="/admin/two-factor/"' in account
    assert "/admin/two-factor/" in client.get("/admin/two-factor/").content.decode()
    page = client.get(SET_UP)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    # The key the app is given (typed in, or in the QR code) is the device's.
    secret = re.search(r"<code data-secret>([A-Z2-7 ]+)</code>", html).group(1)
    assert base64.b32decode(secret.replace(" ", "")) == device.bin_key
    response = client.post(SET_UP, {"code": code(device), "password": PASSWORDS[username]})
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/"
    device.refresh_from_db()
    assert device.confirmed
    return device


def sign_in(username, **headers):
    client = Client(**headers)
    response = client.post("/admin/login/", {"username": username, "password": PASSWORDS[username]})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    return client


def asks_for_code(client, url="/admin/"):
    response = client.get(url)
    return response.status_code == 302 and response["Location"].startswith(f"{VERIFY}?next=")


@pytest.fixture
def now():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def test_without_an_app_the_password_is_enough(now):
    client = sign_in("comms")
    assert client.get("/admin/").status_code == 200
    assert not TOTPDevice.objects.exists()


def test_once_an_app_is_set_up_signing_in_needs_its_code(client, now):
    device = set_up_app(login(client, "comms"), "comms")
    # The browser that turned it on stays signed in.
    assert client.get("/admin/").status_code == 200

    now.shift(timedelta(minutes=5))
    browser = sign_in("comms")
    # The password alone opens nothing: not the admin home, not the editor, not a preview.
    for url in ["/admin/", "/admin/pages/", "/admin/pages/3/edit/", "/admin/two-factor/"]:
        assert asks_for_code(browser, url), url
    step = browser.get(f"{VERIFY}?next=/admin/")
    assert step.status_code == 200
    assert "Enter your code" in step.content.decode()

    refused = browser.post(VERIFY, {"code": code(device, wrong=True), "next": "/admin/"})
    assert refused.status_code == 200
    assert "This code is not right" in refused.content.decode()
    assert asks_for_code(browser)

    now.shift(timedelta(seconds=30))
    accepted = browser.post(VERIFY, {"code": code(device), "next": "/admin/pages/"})
    assert accepted.status_code == 302
    assert accepted["Location"] == "/admin/pages/"
    assert browser.get("/admin/").status_code == 200
    assert browser.get("/admin/pages/", follow=True).status_code == 200


def test_wrong_codes_slow_down_guessing(client, now):
    device = set_up_app(login(client, "comms"), "comms")
    now.shift(timedelta(minutes=1))
    browser = sign_in("comms")
    for _ in range(3):
        browser.post(VERIFY, {"code": code(device, wrong=True)})
    # Right away, even the right code waits out the delay (django-otp doubles it each time).
    response = browser.post(VERIFY, {"code": code(device)})
    assert "Too many wrong codes in a row" in response.content.decode()
    assert asks_for_code(browser)
    now.shift(timedelta(seconds=30))
    assert browser.post(VERIFY, {"code": code(device)})["Location"] == "/admin/"


def test_a_code_cannot_be_used_twice(client, now):
    device = set_up_app(login(client, "comms"), "comms")
    used = code(device)  # the one that just confirmed the app
    browser = sign_in("comms")
    response = browser.post(VERIFY, {"code": used})
    assert "This code is not right" in response.content.decode()


def test_the_code_step_sends_only_to_this_site(client, now):
    device = set_up_app(login(client, "comms"), "comms")
    now.shift(timedelta(minutes=1))
    browser = sign_in("comms")
    response = browser.post(VERIFY, {"code": code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_setting_up_needs_the_password_and_a_right_code(comms_client, now):
    comms_client.get(SET_UP)
    device = TOTPDevice.objects.get(user__username="comms")
    response = comms_client.post(SET_UP, {"code": code(device), "password": "not-mine"})
    assert response.status_code == 200
    assert "This is not your current password." in response.content.decode()
    response = comms_client.post(
        SET_UP, {"code": code(device, wrong=True), "password": PASSWORDS["comms"]}
    )
    assert "This code is not right" in response.content.decode()
    # Still off: the password is enough.
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert sign_in("comms").get("/admin/").status_code == 200


def test_turning_it_off_needs_the_password(client, now):
    set_up_app(login(client, "comms"), "comms")
    response = client.post("/admin/two-factor/turn-off/", {"password": "not-mine"})
    assert "This is not your current password." in response.content.decode()
    assert TOTPDevice.objects.filter(user__username="comms").exists()

    response = client.post("/admin/two-factor/turn-off/", {"password": PASSWORDS["comms"]})
    assert response["Location"] == "/admin/two-factor/"
    assert "Two-factor authentication is off." in client.get("/admin/two-factor/").content.decode()
    assert sign_in("comms").get("/admin/").status_code == 200


def test_an_administrator_turns_it_off_for_a_lost_phone(client, now):
    set_up_app(login(client, "comms"), "comms")
    out = io.StringIO()
    call_command("turn_off_two_factor", "comms", stdout=out)
    assert "off for comms" in out.getvalue()
    assert sign_in("comms").get("/admin/").status_code == 200


def test_a_translator_sees_it_all_in_spanish(client, now):
    login(client, "translator")
    html = client.get("/admin/two-factor/").content.decode()
    assert "La autenticación en dos pasos está desactivada." in html
    assert "Configurar la autenticación en dos pasos" in html
    html = client.get(SET_UP).content.decode()
    assert "Escanea este código QR con ella:" in html
    device = set_up_app(client, "translator")
    assert "La autenticación en dos pasos está activada." in (
        client.get("/admin/two-factor/").content.decode()
    )

    now.shift(timedelta(minutes=1))
    # The translator's browser may be in English: the admin speaks their chosen language.
    browser = sign_in("translator", HTTP_ACCEPT_LANGUAGE="en")
    html = browser.get(f"{VERIFY}?next=/admin/").content.decode()
    assert "Escribe tu código" in html
    html = browser.post(VERIFY, {"code": code(device, wrong=True)}).content.decode()
    assert "Este código no es correcto" in html
