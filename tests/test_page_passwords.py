"""A private page's password (Wagtail's Privacy › "A shared password"), or a private
collection's (its documents'), cannot be guessed: after 10 tries from one IP at one page or
collection, 15 minutes of 429 in the visitor's language."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from home.views import PASSWORD_TRIES

pytestmark = pytest.mark.django_db
PASSWORD = "solidarity-2026"


@pytest.fixture(autouse=True)
def rate_limit():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def private_about(english):
    page = Page.objects.get(locale=english, slug="about")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page


def password_form(client, url):
    """The action and return URL of the password form shown at `url`."""
    response = client.get(url)
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("form[method=POST]")
    return form["action"], form.select_one("input[name=return_url]")["value"]


def try_password(client, action, return_url, password, **headers):
    return client.post(action, {"password": password, "return_url": return_url}, **headers)


def test_wrong_passwords_are_refused_after_ten_tries_even_the_right_one(private_about):
    visitor = Client()
    action, return_url = password_form(visitor, private_about.url)
    for _ in range(PASSWORD_TRIES):
        response = try_password(visitor, action, return_url, "guess")
        assert response.status_code == 200
        assert "not correct" in response.content.decode()

    response = try_password(visitor, action, return_url, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many tries with a wrong password. Please wait 15 minutes" in html
    assert 'name="password"' in html
    # Not let in: the page still asks for its password.
    assert "You need a password" in visitor.get(private_about.url).content.decode()

    # Another IP is not held back, and the right password opens the page.
    other = Client(REMOTE_ADDR="192.0.2.7")
    response = try_password(other, action, return_url, PASSWORD)
    assert response.status_code == 302
    assert other.get(private_about.url).status_code == 200


def test_the_limit_holds_whichever_page_the_form_is_shown_on(private_about, english):
    """The URL's page id only picks the page shown: the count is the protected page's."""
    visitor = Client()
    action, return_url = password_form(visitor, private_about.url)
    for _ in range(PASSWORD_TRIES):
        try_password(visitor, action, return_url, "guess")
    home = Page.objects.get(locale=english, depth=2)
    elsewhere = action.rstrip("/").rsplit("/", 1)[0] + f"/{home.pk}/"
    assert try_password(visitor, elsewhere, return_url, "guess").status_code == 429


def test_the_refusal_is_in_spanish_on_the_spanish_site(private_about):
    visitor = Client()
    action, return_url = password_form(visitor, private_about.url)
    spanish_action = action.replace("/en/", "/es/", 1)
    for _ in range(PASSWORD_TRIES):
        try_password(visitor, spanish_action, return_url, "guess")
    response = try_password(visitor, spanish_action, return_url, "guess")
    assert response.status_code == 429
    assert "Demasiados intentos con una contraseña incorrecta" in response.content.decode()


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Board minutes")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    return get_document_model().objects.create(
        title="Minutes",
        collection=collection,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="minutes.pdf"),
    )


def test_a_private_documents_password_is_refused_after_ten_tries(private_document):
    visitor = Client()
    action, return_url = password_form(visitor, private_document.url)
    assert action.startswith("/documents/authenticate_with_password/")
    for _ in range(PASSWORD_TRIES):
        response = try_password(visitor, action, return_url, "guess")
        assert response.status_code == 200
        assert "not correct" in response.content.decode()

    response = try_password(visitor, action, return_url, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many tries with a wrong password. Please wait 15 minutes" in html
    assert "You need a password to access this document." in html
    assert visitor.get(private_document.url).status_code == 200  # the form again, no file
    assert "attachment" not in visitor.get(private_document.url).get("Content-Disposition", "")

    # Another IP is not held back, and the right password opens the document.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert try_password(other, action, return_url, PASSWORD).status_code == 302
    assert other.get(private_document.url)["Content-Disposition"].startswith("attachment;")


def test_the_documents_refusal_is_in_the_visitors_language(private_document):
    visitor = Client(HTTP_ACCEPT_LANGUAGE="es")
    action, return_url = password_form(visitor, private_document.url)
    for _ in range(PASSWORD_TRIES):
        try_password(visitor, action, return_url, "guess")
    response = try_password(visitor, action, return_url, "guess")
    assert response.status_code == 429
    assert "Demasiados intentos con una contraseña incorrecta" in response.content.decode()


def test_a_pages_tries_do_not_count_against_a_documents(private_about, private_document):
    visitor = Client()
    action, return_url = password_form(visitor, private_about.url)
    for _ in range(PASSWORD_TRIES):
        try_password(visitor, action, return_url, "guess")
    action, return_url = password_form(visitor, private_document.url)
    assert try_password(visitor, action, return_url, PASSWORD).status_code == 302
