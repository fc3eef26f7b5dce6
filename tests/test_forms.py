"""Contact and invite forms: stored submissions, staff or the chosen local committee notified in
English, thanks in the visitor's language, errors re-shown, spam kept out, CSV export."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from home.forms import HONEYPOT, RATE_LIMIT
from home.models import FormPage

pytestmark = pytest.mark.django_db

INVITE = {
    "name": "Luis",
    "email": "luis@example.org",
    "organization": "SEIU Local 1",
    "city": "Tucson",
    "dates": "March",
    "message": "A union hall meeting",
}


@pytest.fixture(autouse=True)
def rate_limit():
    """Each test starts with no submission counted against the test client's IP."""
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def committee_choices(client, url):
    """{label: value} of the form's local committee select."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {option.text: option["value"] for option in soup.select("#id_committee option")}


def submissions(slug="invite-a-speaker"):
    return [submission.get_data() for submission in FormSubmission.objects.filter(page__slug=slug)]


def test_spanish_submission_is_stored_under_the_same_keys_and_emailed_in_english(client):
    data = {"name": "Ana", "email": "ana@example.org", "city": "Tucson", "message": "Hola"}
    response = client.post("/es/contacto/", data)
    assert response.status_code == 200
    assert "Gracias por escribirnos" in response.content.decode()

    # Stored on the English form, where staff see every language's submissions.
    page = FormPage.objects.get(slug="contact")
    submission = FormSubmission.objects.get(page=page)
    stored = submission.get_data()
    assert {key: stored[key] for key in data} == data
    assert stored["site_language"] == "es"
    (message,) = mail.outbox
    assert message.subject == "New message from the website"
    assert message.to == ["solidarity@example.org"]
    assert message.reply_to == ["ana@example.org"]
    assert "Your name: Ana" in message.body and "Message: Hola" in message.body
    assert "Site language: Spanish" in message.body


def test_invalid_form_is_shown_again_with_errors_and_what_was_typed(client):
    response = client.post("/en/invite-a-speaker/", {"name": "Luis", "email": "not-an-email"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_name")["value"] == "Luis"
    email = soup.select_one("#id_email")
    assert email["aria-invalid"] == "true"
    assert soup.select_one(f"#{email['aria-describedby'].split()[0]}")
    assert not FormSubmission.objects.filter(page__slug="invite-a-speaker").exists()
    assert not mail.outbox


def test_invitation_goes_to_the_chosen_committee_with_staff_in_copy(client):
    choices = committee_choices(client, "/en/invite-a-speaker/")
    assert "Seattle committee" in choices and "There is no committee near me" in choices
    assert choices["Choose a committee"] == ""

    response = client.post(
        "/en/invite-a-speaker/", {**INVITE, "committee": choices["Tucson committee"]}
    )
    assert response.status_code == 200
    assert "Your local committee will contact you" in response.content.decode()
    (stored,) = submissions()
    assert stored["committee"] == "Tucson committee"
    (message,) = mail.outbox
    assert message.subject == "Speaker invitation"
    assert message.to == ["tucson@example.org"]
    assert message.cc == ["tours@example.org"]
    assert message.reply_to == ["luis@example.org"]
    assert "Local committee: Tucson committee" in message.body


def test_spanish_invitation_lists_spanish_committees_and_is_stored_and_emailed_in_english(client):
    english = committee_choices(client, "/en/invite-a-speaker/")
    spanish = committee_choices(client, "/es/invita-a-un-orador/")
    # The same committees, named in Spanish, with the same values in both languages.
    assert spanish["Comité de Tucson"] == english["Tucson committee"]
    assert set(spanish.values()) == set(english.values())

    response = client.post(
        "/es/invita-a-un-orador/", {**INVITE, "committee": spanish["Comité de Tucson"]}
    )
    assert response.status_code == 200
    assert "El comité de tu ciudad se pondrá en contacto contigo" in response.content.decode()
    (stored,) = submissions()
    assert stored["committee"] == "Tucson committee"
    assert stored["site_language"] == "es"
    (message,) = mail.outbox
    assert message.subject == "Speaker invitation"
    assert message.to == ["tucson@example.org"]
    assert "Local committee: Tucson committee" in message.body
    assert "Union or organization: SEIU Local 1" in message.body
    assert "Site language: Spanish" in message.body


def test_invitation_without_a_committee_nearby_goes_to_staff(client):
    choices = committee_choices(client, "/en/invite-a-speaker/")
    client.post(
        "/en/invite-a-speaker/", {**INVITE, "committee": choices["There is no committee near me"]}
    )
    (stored,) = submissions()
    assert stored["committee"] == ""
    (message,) = mail.outbox
    assert message.to == ["tours@example.org"] and message.cc == []


def test_committee_must_be_chosen(client):
    response = client.post("/en/invite-a-speaker/", INVITE)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_committee")["aria-invalid"] == "true"
    assert soup.select_one("#id_organization")["value"] == "SEIU Local 1"
    assert not submissions() and not mail.outbox


def test_filled_honeypot_looks_like_success_but_stores_and_sends_nothing(client):
    choices = committee_choices(client, "/en/invite-a-speaker/")
    data = {**INVITE, "committee": choices["Seattle committee"], HONEYPOT: "http://spam.example"}
    response = client.post("/en/invite-a-speaker/", data)
    assert response.status_code == 200
    assert "Your local committee will contact you" in response.content.decode()
    assert not submissions() and not mail.outbox


def test_honeypot_is_hidden_from_people_and_never_filled_again(client):
    response = client.post("/es/contacto/", {"name": "Ana", "email": "no"})
    soup = BeautifulSoup(response.content, "html.parser")
    trap = soup.select_one(f"input[name={HONEYPOT}]")
    assert not trap.has_attr("value")
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
    wrapper = trap.parent
    assert "form__trap" in wrapper["class"] and wrapper["aria-hidden"] == "true"
    assert wrapper.select_one(f"label[for={trap['id']}]").text
    # Not one of the form's fields: never stored, never shown as an error.
    assert not soup.select(f"#{trap['id']}_error")


def test_too_many_submissions_from_one_ip_are_refused_and_the_form_kept(client):
    data = {"name": "Ana", "email": "ana@example.org", "message": "Hola"}
    for _ in range(RATE_LIMIT):
        assert client.post("/en/contact/", data).status_code == 200
    response = client.post("/en/contact/", {**data, "message": "Once more"})
    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Please wait ten minutes" in soup.select_one(".form__errors[role=alert]").text
    assert soup.select_one("#id_name")["value"] == "Ana"
    assert soup.select_one("#id_message").text.strip() == "Once more"
    assert len(submissions("contact")) == RATE_LIMIT
    assert len(mail.outbox) == RATE_LIMIT
    # In Spanish too, and another address is not limited.
    assert client.post("/es/contacto/", data).status_code == 429
    assert client.post("/en/contact/", data, REMOTE_ADDR="192.0.2.7").status_code == 200


def test_x_forwarded_for_is_trusted_only_when_the_settings_say_so(client, settings):
    data = {"name": "Ana", "email": "ana@example.org", "message": "Hola"}
    for number in range(RATE_LIMIT + 1):
        # A client forging the header cannot escape the limit...
        headers = {"HTTP_X_FORWARDED_FOR": f"198.51.100.{number}"}
        status = client.post("/en/contact/", data, **headers).status_code
    assert status == 429

    # ...but behind a trusted proxy, the address it appended is the client's.
    settings.FORMS_TRUST_X_FORWARDED_FOR = True
    headers = {"HTTP_X_FORWARDED_FOR": "203.0.113.9, 198.51.100.1"}
    assert client.post("/en/contact/", data, **headers).status_code == 200


def test_staff_export_english_and_spanish_submissions_in_one_csv(client, comms_client):
    choices = committee_choices(client, "/en/invite-a-speaker/")
    client.post("/en/invite-a-speaker/", {**INVITE, "committee": choices["Seattle committee"]})
    spanish = {**INVITE, "name": "Ana Pérez", "message": "Una reunión sindical"}
    client.post("/es/invita-a-un-orador/", {**spanish, "committee": choices["Portland committee"]})

    page = FormPage.objects.get(slug="invite-a-speaker")
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    assert comms_client.get(url).status_code == 200
    response = comms_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )
    assert list(rows[0]) == [
        "Submission date",
        "Your name",
        "Your email",
        "Union or organization",
        "City",
        "Preferred dates",
        "Tell us about the event",
        "Local committee",
        "Site language",
    ]
    by_name = {row["Your name"]: row for row in rows}
    assert by_name["Luis"]["Local committee"] == "Seattle committee"
    assert by_name["Luis"]["Site language"] == "en"
    assert by_name["Ana Pérez"]["Tell us about the event"] == "Una reunión sindical"
    assert by_name["Ana Pérez"]["Local committee"] == "Portland committee"
    assert by_name["Ana Pérez"]["Site language"] == "es"


def test_demo_invite_form_routes_to_committees_even_on_a_site_built_before(
    django_capture_on_commit_callbacks,
):
    def invite():
        return list(FormPage.objects.filter(slug__in=["invite-a-speaker", "invita-a-un-orador"]))

    assert len(invite()) == 2 and all(page.route_to_committee for page in invite())

    FormPage.objects.filter(pk__in=[page.pk for page in invite()]).update(route_to_committee=False)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", site="testserver", stdout=io.StringIO())
    assert all(page.route_to_committee and page.live for page in invite())
