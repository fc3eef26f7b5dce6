"""Every link the admin shows a user opens for that user (design.md; issue 15).

Each staff role, signed in, crawls the admin from its home page: the menus (the sidebar's
JSON), panels, reports, listings, a sample of the edit views of each page and snippet type, and
the links of the translation editor. Every <a href> and every form's action under /admin/ that
the crawl meets is opened with GET (never submitted); a refusal (Wagtail's and ours redirect to
the admin home with an error; a 403; a redirect to the login page), a 404 or a 500 is a dead
end, reported with the page it was found on.

The crawl is capped: it opens at most SAMPLE URLs of one shape (the path with its ids replaced,
the query's keys) for each content type and locale, so it visits a sample of each kind of view
rather than every page of the demo site.
"""

import csv
import datetime
import io
import json
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.timezone import localtime
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from campaigns.models import TourStop
from home.models import Testimonial
from tests.conftest import login
from tests.factories import StandardPageFactory, TourPageFactory

pytestmark = pytest.mark.django_db

ADMIN = reverse("wagtailadmin_home")
SAMPLE = 1
# Opened but not crawled further: what they link to is what their listing links to.
NOT_FOLLOWED = ("delete", "unpublish", "revisions", "history", "usage", "preview")
# Never opened: signing out ends the crawl; the rest are files, or ask for a modal's JSON.
NEVER_OPENED = re.compile(
    r"/logout/|/download/|\.(pdf|png|jpe?g|webp|avif|svg|csv)$|/chooser/|/api/|/jsi18n|"
    r"/preview/|export=|/localize/javascript-catalog/|/admin/bulk/"
)
# The translation editor's JSON: the keys whose values are links or buttons a person follows,
# with the permission its script asks before showing each (its segments' addresses are what the
# script calls, not links).
EDITOR_LINKS = {
    "editUrl": None,
    "exploreUrl": None,
    "stopTranslationUrl": None,
    "convertToAliasUrl": None,
    "downloadPofile": None,
    "unpublishUrl": "canUnpublish",
    "deleteUrl": "canDelete",
}


# Dead ends left (issue 15), each with why it stays for now; any other fails the crawl.
# (role, URL name of the link, URL name of the page it is on) -> why.
KNOWN = {
    ("translator", "wagtail_localize:stop_translation", "wagtailadmin_pages:edit"): (
        "the translation editor's “Stop synced translation” (its script shows it always)"
    ),
    ("translator", "wagtail_localize:convert_to_alias", "wagtailadmin_pages:edit"): (
        "the translation editor's “Convert to alias page” (in its props, no hook)"
    ),
    **{
        ("translator", "wagtail_localize:stop_translation", f"wagtailsnippets_{name}:edit"): (
            "the snippet translation editor's “Stop synced translation”"
        )
        for name in ("home_footertext", "home_testimonial", "campaigns_committee", "blog_topic")
    },
    **{
        (role, "wagtailadmin_pages:edit", f"wagtailadmin_pages:{view}"): (
            "Wagtail's page chooser offers “Edit this page” for the root, the Home page's parent"
        )
        for role in ("comms", "moderator", "translator")
        for view in ("copy", "move")
    },
    **{
        (role, "wagtailadmin_pages:edit", "wagtailredirects:index"): (
            "the redirects listing links the Spanish pages redirected to"
        )
        for role in ("comms", "moderator")
    },
}


def url_name(url):
    return resolve(urlsplit(url).path).view_name


@dataclass
class DeadEnd:
    url: str
    found_on: str
    outcome: str

    def __str__(self):
        return f"{self.url} (found on {self.found_on}): {self.outcome}"


@dataclass
class Crawl:
    """What one user's crawl opened, and where it met a dead end."""

    visited: int = 0
    links: int = 0
    seconds: float = 0.0
    dead_ends: list = field(default_factory=list)


def page_id(path):
    match = re.match(r"^/admin/(?:pages|localize/[a-z_]+)/(\d+)/", path)
    return int(match[1]) if match else None


class Crawler:
    """A breadth-first crawl of the admin as `client`'s user."""

    def __init__(self, client):
        self.client = client
        self.seen = set()
        self.shapes = Counter()
        self.page_kinds = {
            pk: (content_type, locale)
            for pk, content_type, locale in Page.objects.values_list("pk", "content_type", "locale")
        }
        self.result = Crawl()

    def shape(self, url):
        """The kind of view a URL opens: ids replaced, query keys only, and for a page's edit
        view (the translation editor, for a translation) and listing its type and locale, so
        each page type is sampled in each tree (a listing's orderings and pages once)."""
        parts = urlsplit(url)
        keys = sorted({key for key, _ in parse_qsl(parts.query) if key != "next"})
        path = re.sub(r"\d+", "#", parts.path)
        per_type = path in ("/admin/pages/#/", "/admin/pages/#/edit/") and not keys
        return (path, tuple(keys), self.page_kinds.get(page_id(parts.path)) if per_type else None)

    def run(self):
        started = time.monotonic()
        queue = deque([(ADMIN, "(start)")])
        while queue:
            url, found_on = queue.popleft()
            for link in self.open(url, found_on):
                queue.append((link, url))
        self.result.seconds = time.monotonic() - started
        return self.result

    def wanted(self, url):
        if url in self.seen or not url.startswith(ADMIN) or NEVER_OPENED.search(url):
            return False
        self.seen.add(url)
        self.result.links += 1
        shape = self.shape(url)
        self.shapes[shape] += 1
        return self.shapes[shape] <= SAMPLE

    def open(self, url, found_on):
        """GET `url`; record a dead end, or return the links of the page it shows."""
        self.result.visited += 1
        try:
            response = self.client.get(url)
            hops = 0
            while response.status_code in (301, 302) and hops < 3:
                target = urljoin(url, response["Location"])
                if urlsplit(target).path in (ADMIN, reverse("wagtailadmin_login")):
                    errors = " ".join(str(m).strip() for m in get_messages(response.wsgi_request))
                    self.client.get(target)  # where the user lands, and reads the message
                    return self.dead_end(url, found_on, f"refused: {errors}")
                response = self.client.get(target)
                url, hops = target, hops + 1
        except Exception as error:  # noqa: BLE001 (a 500, as the user would meet it)
            return self.dead_end(url, found_on, f"error {error!r}")
        if response.status_code in (403, 404) or response.status_code >= 500:
            return self.dead_end(url, found_on, f"status {response.status_code}")
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or not content_type.startswith("text/html"):
            return []
        if any(word in urlsplit(url).path.split("/") for word in NOT_FOLLOWED):
            return []
        return [link for link in links_of(url, response.content) if self.wanted(link)]

    def dead_end(self, url, found_on, outcome):
        self.result.dead_ends.append(DeadEnd(url, found_on, outcome))
        return []


def links_of(url, html):
    """Every admin URL a person can follow from this page: links, forms' actions, the sidebar's
    menu items and the translation editor's links."""
    soup = BeautifulSoup(html, "html.parser")
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    for form in soup.find_all("form"):
        action = form.get("action") or url
        if form.get("method", "get").lower() == "get":
            # A filter or search form, submitted as it stands.
            fields = [
                (field["name"], field.get("value", ""))
                for field in form.find_all("input", attrs={"name": True})
                if field.get("type") not in ("checkbox", "radio", "submit", "file")
            ]
            action = f"{urlsplit(action).path}?{urlencode(fields)}" if fields else action
        hrefs.append(action)
    if sidebar := soup.find("script", id="wagtail-sidebar-props"):
        hrefs += re.findall(r'"url": "([^"]+)"', sidebar.string or "")
    for editor in soup.select("[data-props]"):
        hrefs += editor_links(json.loads(editor["data-props"]))
    found = []
    for href in hrefs:
        absolute = urljoin(url, href.strip())
        parts = urlsplit(absolute)
        if parts.netloc not in ("", "testserver") or parts.scheme not in ("", "http"):
            continue
        try:
            resolve(parts.path)
        except Resolver404:
            if parts.path.startswith(ADMIN):
                found.append(parts.path)  # a 404 the crawl will report
            continue
        found.append(f"{parts.path}?{parts.query}" if parts.query else parts.path)
    return found


def editor_links(props, perms=None):
    """The links the translation editor shows, among its props (recursively)."""
    perms = props.get("perms", perms) if isinstance(props, dict) else perms
    if isinstance(props, dict):
        for key, value in props.items():
            if key == "segments":
                continue
            if key in EDITOR_LINKS and isinstance(value, str):
                if EDITOR_LINKS[key] is None or (perms or {}).get(EDITOR_LINKS[key]):
                    yield value
            else:
                yield from editor_links(value, perms)
    elif isinstance(props, list):
        for item in props:
            yield from editor_links(item, perms)


@pytest.mark.parametrize("username", ["comms", "moderator", "translator"])
def test_every_admin_link_opens(username):
    crawl = Crawler(login(Client(), username)).run()
    print(
        f"\n{username}: {crawl.visited} URLs opened, {crawl.links} distinct admin links met, "
        f"{len(crawl.dead_ends)} dead ends, {crawl.seconds:.0f} s"
    )
    unknown = []
    for dead_end in crawl.dead_ends:
        why = KNOWN.get((username, url_name(dead_end.url), url_name(dead_end.found_on)))
        print(f"  {dead_end}" + (f" [known: {why}]" if why else ""))
        if why is None:
            unknown.append(dead_end)
    assert unknown == []


# The dead ends the crawl found, each checked where the user meets it.


def links(client, url, selector="a[href]"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {a.get_text(" ", strip=True): a["href"] for a in soup.select(selector)}


def report_row(client, title):
    soup = BeautifulSoup(client.get(reverse("translation_report")).content, "html.parser")
    for row in soup.select("tbody tr"):
        if title in row.get_text():
            return row
    return None


def test_the_report_links_each_role_to_its_own_language(comms_client, english, spanish):
    about = Page.objects.get(locale=english, slug="about")
    spanish_about = about.get_translation(spanish)
    row = report_row(comms_client, "About us")
    hrefs = [a["href"] for a in row.select("a")]
    # Communications: the English page; no “Translate” into the Spanish editor, refused them.
    assert hrefs == [reverse("wagtailadmin_pages:edit", args=[about.pk])]

    translator = login(Client(), "translator")
    row = report_row(translator, "About us")
    hrefs = [a["href"] for a in row.select("a")]
    assert set(hrefs) == {reverse("wagtailadmin_pages:edit", args=[spanish_about.pk])}
    assert translator.get(hrefs[0]).status_code == 200  # the translation editor


def test_the_report_says_what_out_of_date_needs(comms_client, english):
    about = Page.objects.get(locale=english, slug="about").specific
    about.intro = "We are a movement organization, since 2004."
    about.save_revision().publish()
    # Publishing brought the changed strings to the translators at once (home.handoffs).
    row = report_row(comms_client, "About us")
    assert "Out of date: needs translation" in row.get_text()
    assert row.select_one("a.button") is None  # nothing for Communications to do
    translator = login(Client(), "translator")
    assert "Desactualizado: hay que traducir" in report_row(translator, "About us").get_text()

    # Had that update failed, the English would be newer than its strings: a sync is asked for.
    TranslationSource.objects.filter(object_id=about.translation_key).update(
        last_updated_at=about.last_published_at - datetime.timedelta(minutes=1)
    )
    row = report_row(comms_client, "About us")
    assert "Out of date: needs sync" in row.get_text()
    assert row.select_one("a.button").get_text(strip=True) == "Sync"
    assert "Desactualizado: hay que sincronizar" in report_row(translator, "About us").get_text()


def test_the_report_leaves_out_english_drafts_never_published(comms_client, english):
    home = Page.objects.get(locale=english, depth=2)
    StandardPageFactory(parent=home, title="Unfinished idea", live=False)
    assert report_row(comms_client, "Unfinished idea") is None


def test_the_report_filters_read_as_the_table_and_the_csv_in_local_time(comms_client):
    soup = BeautifulSoup(comms_client.get(reverse("translation_report")).content, "html.parser")
    kinds = [option.get_text() for option in soup.select("select[name=kind] option")]
    assert "Standard page" in kinds and "standard page" not in kinds
    response = comms_client.get(reverse("translation_report"), {"export": "csv"})
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    about = next(line for line in lines if line[0] == "About us")
    published = Page.objects.get(locale__language_code="en", slug="about").last_published_at
    assert about[1] == "Standard page"
    assert about[5] == localtime(published).strftime("%Y-%m-%d %H:%M")


def test_drafts_panel_lists_only_what_its_user_may_open(comms_client, english, spanish):
    comms = get_user_model().objects.get(username="comms")
    spanish_about = Page.objects.get(locale=english, slug="about").get_translation(spanish).specific
    spanish_about.save_revision(user=comms)  # as submitting for translation does
    soup = BeautifulSoup(comms_client.get(ADMIN).content, "html.parser")
    assert spanish_about.get_latest_revision().user == comms
    panel = soup.select_one("#my-drafts-section")
    assert reverse("wagtailadmin_pages:edit", args=[spanish_about.pk]) not in str(panel)


def test_tour_stops_panel_shows_translators_the_spanish_tours(english, spanish):
    today = timezone.localdate()
    tour = TourPageFactory(
        parent=Page.objects.get(locale=english, slug="tours"),
        start_date=today,
        end_date=today + datetime.timedelta(days=30),
    )
    TourStop.objects.create(page=tour, date=today, city="Eureka", locale=english)
    translator = login(Client(), "translator")
    soup = BeautifulSoup(translator.get(ADMIN).content, "html.parser")
    panel = soup.select_one("#upcoming-tour-stops-section")
    assert "Eureka" not in panel.get_text()  # no Spanish tour yet: nothing to open
    tours = [resolve(a["href"]).kwargs["page_id"] for a in panel.select("a[href^='/admin/']")]
    assert tours and set(Page.objects.filter(pk__in=tours).values_list("locale", flat=True)) == {
        spanish.pk
    }
    assert (
        "Eureka"
        in BeautifulSoup(login(Client(), "comms").get(ADMIN).content, "html.parser")
        .select_one("#upcoming-tour-stops-section")
        .get_text()
    )


@pytest.mark.parametrize(
    ("username", "language"), [("comms", "en"), ("moderator", "en"), ("translator", "es")]
)
def test_snippet_listings_show_the_locale_each_role_works_in(username, language):
    client = login(Client(), username)
    shown = {
        href
        for href in links(client, reverse("wagtailsnippets_home_testimonial:list")).values()
        if "/edit/" in href
    }
    testimonials = Testimonial.objects.all()
    assert shown == {
        reverse("wagtailsnippets_home_testimonial:edit", args=[t.pk])
        for t in testimonials
        if t.locale.language_code == language
    }
    assert shown


def test_sync_page_offers_communications_only_what_they_may_do(comms_client, english):
    about = Page.objects.get(locale=english, slug="about")
    source = TranslationSource.objects.get(object_id=about.translation_key, locale=english)
    html = comms_client.get(
        reverse("wagtail_localize:update_translations", args=[source.pk])
    ).content.decode()
    assert "Sync" in html or "Sincronizar" in html
    assert 'name="publish_translations"' not in html
    spanish_about = about.get_translation(Locale.objects.get(language_code="es"))
    assert reverse("wagtailadmin_pages:edit", args=[spanish_about.pk]) not in html

    admin = login(Client(), "admin")
    html = admin.get(
        reverse("wagtail_localize:update_translations", args=[source.pk])
    ).content.decode()
    assert 'name="publish_translations"' in html


def test_wagtail_localizes_report_is_left_to_administrators(comms_client):
    theirs = reverse("wagtail_localize:translations_report")
    assert theirs not in comms_client.get(ADMIN).content.decode()
    assert theirs in login(Client(), "admin").get(ADMIN).content.decode()
