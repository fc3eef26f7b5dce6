"""Contact and invite forms: stored submissions, staff notified in English, errors re-shown."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from home.models import FormPage

pytestmark = pytest.mark.django_db


def test_spanish_submission_is_stored_under_the_same_keys_and_emailed_in_english(client):
    data = {"name": "Ana", "email": "ana@example.org", "city": "Tucson", "message": "Hola"}
    response = client.post("/es/contacto/", data)
    assert response.status_code == 200
    assert "Gracias por escribirnos" in response.content.decode()

    page = FormPage.objects.get(slug="contacto")
    submission = FormSubmission.objects.get(page=page)
    stored = submission.get_data()
    assert {key: stored[key] for key in data} == data
    (message,) = mail.outbox
    assert message.subject == "New message from the website"
    assert message.to == ["solidarity@example.org"]
    assert "Your name: Ana" in message.body and "Message: Hola" in message.body


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
