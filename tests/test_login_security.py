"""The admin's sign-in resists password guessing: after 5 failures for one username from one IP,
that pair is locked out for 15 minutes (django-axes), with a page in the visitor's language."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

LOGIN = "/admin/login/"
COMMS_PASSWORD = "solidaridad-comms"  # noqa: S105 (the demo login, README)
ATTACKER = "203.0.113.7"
EDITOR = "198.51.100.20"

pytestmark = pytest.mark.django_db


def sign_in(username, password, ip=ATTACKER, language="en", **headers):
    """A new browser posting the admin's login form; returns (client, response)."""
    client = Client(HTTP_ACCEPT_LANGUAGE=language, REMOTE_ADDR=ip, **headers)
    response = client.post(LOGIN, {"username": username, "password": password, "next": ""})
    return client, response


def fail(times, username="comms", **kwargs):
    return [sign_in(username, "wrong-guess", **kwargs)[1] for _ in range(times)]


def assert_signed_in(client, response):
    assert response.status_code == 302, response.content[:300]
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def assert_locked_out(response):
    assert response.status_code == 429
    text = response.content.decode()
    assert "Too many failed sign-in attempts" in text
    assert "next 15 minutes" in text
    assert 'lang="en"' in text


def test_four_failures_show_the_login_form_again():
    for response in fail(4):
        assert response.status_code == 200
        assert "id_password" in response.content.decode()
    assert_signed_in(*sign_in("comms", COMMS_PASSWORD))


def test_the_fifth_failure_locks_out_even_the_right_password():
    responses = fail(5)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]
    assert_locked_out(responses[-1])

    client, response = sign_in("comms", COMMS_PASSWORD)
    assert_locked_out(response)
    # Not signed in: the admin still sends this browser to the login page.
    assert client.get("/admin/")["Location"].startswith(LOGIN)


def test_the_lockout_page_speaks_spanish_to_a_spanish_browser():
    fail(5, username="translator", language="es")
    _, response = sign_in("translator", "solidaridad-traduce", language="es-ES,es;q=0.9")
    assert response.status_code == 429
    text = response.content.decode()
    assert 'lang="es"' in text
    assert "Demasiados intentos fallidos de inicio de sesión" in text
    assert "15 minutos" in text
    assert "Too many" not in text


def test_the_same_username_from_another_ip_is_not_locked_out():
    fail(5)
    assert_signed_in(*sign_in("comms", COMMS_PASSWORD, ip=EDITOR))


def test_other_usernames_from_the_attackers_ip_are_not_locked_out():
    fail(5)
    assert_signed_in(*sign_in("moderator", "solidaridad-modera"))


def test_the_right_password_works_again_after_the_cool_off():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        fail(5)
    with time_machine.travel(start + timedelta(minutes=14), tick=False):
        assert sign_in("comms", COMMS_PASSWORD)[1].status_code == 429
    # That attempt during the lockout started the 15 minutes again.
    with time_machine.travel(start + timedelta(minutes=14 + 14), tick=False):
        assert sign_in("comms", COMMS_PASSWORD)[1].status_code == 429
    with time_machine.travel(start + timedelta(minutes=28 + 16), tick=False):
        assert_signed_in(*sign_in("comms", COMMS_PASSWORD))


def test_a_success_resets_the_failure_count():
    fail(4)
    assert_signed_in(*sign_in("comms", COMMS_PASSWORD))
    # Without the reset these would be failures 5 to 8: locked out.
    for response in fail(4):
        assert response.status_code == 200
    assert_signed_in(*sign_in("comms", COMMS_PASSWORD))


def test_behind_a_trusted_proxy_each_client_is_counted_apart(settings):
    settings.FORMS_TRUST_X_FORWARDED_FOR = True
    proxy = "10.0.0.1"
    fail(5, ip=proxy, HTTP_X_FORWARDED_FOR=ATTACKER)
    _, response = sign_in("comms", COMMS_PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=ATTACKER)
    assert response.status_code == 429
    # The editor comes through the same proxy, from another address.
    assert_signed_in(
        *sign_in("comms", COMMS_PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=f"{ATTACKER}, {EDITOR}")
    )


def test_without_a_trusted_proxy_a_forged_forwarded_for_does_not_escape_the_lockout():
    fail(5)
    _, response = sign_in("comms", COMMS_PASSWORD, HTTP_X_FORWARDED_FOR=EDITOR)
    assert response.status_code == 429


def test_a_get_of_the_logout_url_signs_nobody_half_out(admin_client):
    """Signing out is a POST (the admin's menu): a GET answers 405 and changes nothing, neither
    the cookie nor the session behind it."""
    key = admin_client.session.session_key
    response = admin_client.get("/admin/logout/")
    assert response.status_code == 405
    assert "sessionid" not in response.cookies
    assert Session.objects.filter(session_key=key).exists()
    assert admin_client.get("/admin/").status_code == 200
    assert "successfully logged out" not in admin_client.get("/admin/").content.decode()

    response = admin_client.post("/admin/logout/")
    assert response.status_code == 302
    assert response.cookies["sessionid"].value == ""
    assert not Session.objects.filter(session_key=key).exists()
    assert admin_client.get("/admin/")["Location"].startswith("/admin/login/")
