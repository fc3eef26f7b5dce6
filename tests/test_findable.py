"""Everything findable (issue 17): a visitor who lands on a home page reaches every live page of
its language by following links, in three clicks at most, and can search from every page."""

from collections import deque
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db

CLICKS = 3


def links(html, prefix):
    """The paths a page links to within `prefix`, and where its GET forms (search) lead."""
    soup = BeautifulSoup(html, "html.parser")
    targets = [a["href"] for a in soup.select("a[href]")]
    targets += [
        form["action"]
        for form in soup.select("form[action]")
        if form.get("method", "get").lower() == "get"
    ]
    paths = {urlsplit(target).path for target in targets}
    return {path for path in paths if path.startswith(prefix)}


def reachable(client, home):
    """{path: clicks from `home`} of every page reached by links within the home's language."""
    prefix = home[:4]  # /en/ or /es/
    clicks = {home: 0}
    queue = deque([home])
    while queue:
        path = queue.popleft()
        if clicks[path] == CLICKS:
            continue
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        for target in links(response.content.decode(), prefix) - clicks.keys():
            clicks[target] = clicks[path] + 1
            queue.append(target)
    return clicks


@pytest.mark.parametrize("language_code", ["en", "es"])
def test_every_live_page_is_three_clicks_from_the_home_page(client, language_code):
    home = Page.objects.live().get(depth=2, locale__language_code=language_code)
    clicks = reachable(client, home.url)
    with translation.override(language_code):
        search = reverse("search")

    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    unreachable = [page.url for page in pages if page.url not in clicks]
    if search not in clicks:
        unreachable.append(search)

    assert unreachable == [], f"not within {CLICKS} clicks of {home.url}"


def test_every_page_has_a_labelled_search_box_for_its_language(client, english, spanish):
    for home in Page.objects.live().filter(depth=2):
        for page in Page.objects.live().public().descendant_of(home, inclusive=True):
            soup = BeautifulSoup(client.get(page.url).content, "html.parser")
            form = soup.select_one("header form[role=search]")
            assert form["action"] == home.url + "search/", page.url
            assert form.get("method", "get").lower() == "get"
            field = form.select_one("input[name=q]")
            assert form.select_one(f"label[for={field['id']}]").get_text(strip=True), page.url


def test_search_from_the_header_finds_pages_of_the_language(client):
    soup = BeautifulSoup(client.get("/es/").content, "html.parser")
    action = soup.select_one("header form[role=search]")["action"]
    results = BeautifulSoup(client.get(action, {"q": "FENSUAGRO"}).content, "html.parser")
    found = [a["href"] for a in results.select(".search-results a")]
    assert found and all(href.startswith("/es/") for href in found)


def test_the_tour_invites_unions_to_the_invitation_form(client):
    for url, form in [
        ("/en/tours/west-coast-labor-solidarity-tour-2013/", "/en/invite-a-speaker/"),
        ("/es/giras/gira-solidaridad-laboral-costa-oeste-2013/", "/es/invita-a-un-orador/"),
    ]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        box = soup.select_one("section[aria-labelledby=invite-heading]")
        assert [a["href"] for a in box.select("a")] == [form]


@pytest.mark.parametrize(
    "url, home, data",
    [
        ("/en/contact/", "/en/", {"name": "Ana", "email": "ana@example.org", "message": "Hi"}),
        (
            "/es/invita-a-un-orador/",
            "/es/",
            {"name": "Luis", "email": "luis@example.org", "organization": "SEIU", "city": "Tucson"},
        ),
    ],
)
def test_a_thank_you_page_offers_next_steps(client, url, home, data):
    caches["ratelimit"].clear()  # submissions of other tests count against the same client
    if "invita" in url:  # the invitation goes to a local committee, chosen by the visitor
        form = BeautifulSoup(client.get(url).content, "html.parser")
        data["committee"] = form.select("#id_committee option[value!='']")[0]["value"]

    response = client.post(url, data)

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200 and soup.select_one(".next-steps"), url
    next_steps = {a["href"] for a in soup.select("main .next-steps a")}
    assert home in next_steps
    menu = {a["href"] for a in soup.select(".site-nav a")}
    assert menu - {url} <= next_steps  # campaigns, tours, news...
