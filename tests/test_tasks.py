"""Background tasks through the database queue (production's TASKS_BACKEND=database): a form
submission answers the visitor at once and its email goes when the worker runs; Wagtail's own work
on publishing (the search index) waits in the same queue; a mail server that is down loses no
message: it is tried again, then shown to moderators. Development and tests run tasks immediately
(tests/test_forms.py). The worker as a process (killed, its database cut): tests/test_worker.py."""

import io
import logging
import signal
from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils.form_data import inline_formset, streamfield

from blog.models import BlogIndexPage, BlogPostPage
from tests.conftest import login
from tests.test_admin_create import create_and_publish
from tests.test_security import production

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
CONTACT = {"name": "Ana", "email": "ana@example.org", "city": "Tucson", "message": "Hola"}


@pytest.fixture(autouse=True)
def database_queue(settings):
    """Tasks go to the database queue, as in production; the form rate limit starts empty."""
    settings.TASKS = DATABASE_QUEUE
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@contextmanager
def kept_process_state():
    """db_worker installs its signal handlers and sets its loggers' levels and handlers: give the
    test process its own back afterwards. And it closes the database connection between tasks
    when it is not in autocommit mode, as the test's is (the test's transaction, which holds
    the demo site and what the test did): keep it open, as Django's test client does for
    requests."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {number: signal.getsignal(number) for number in signals}
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    states = [(logger.level, list(logger.handlers)) for logger in loggers]
    try:
        with mock.patch.object(db_worker, "close_old_connections", lambda: None):
            yield
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
        for logger, (level, logger_handlers) in zip(loggers, states, strict=True):
            logger.setLevel(level)
            logger.handlers[:] = logger_handlers


def run_worker():
    """What `manage.py run_worker` does in production, until the queue is empty."""
    with kept_process_state():
        call_command(
            "run_worker", "--batch", "--no-startup-delay", "--interval=0", stdout=io.StringIO()
        )


def queued(task_path):
    return DBTaskResult.objects.filter(task_path=task_path)


def test_submission_thanks_the_visitor_at_once_and_the_worker_sends_the_email(client):
    response = client.post("/es/contacto/", CONTACT)
    assert response.status_code == 200
    assert "Gracias por escribirnos" in response.content.decode()
    assert FormSubmission.objects.filter(page__slug="contact").count() == 1
    # Nothing sent during the request: the email waits in the queue.
    assert not mail.outbox
    (waiting,) = queued("home.tasks.send_form_notification")
    assert waiting.status == "READY"

    run_worker()

    (message,) = mail.outbox
    assert message.subject == "New message from the website"
    assert message.to == ["solidarity@example.org"]
    assert message.reply_to == ["ana@example.org"]
    assert "Your name: Ana" in message.body and "Site language: Spanish" in message.body
    waiting.refresh_from_db()
    assert waiting.status == "SUCCESSFUL"
    # The queue is empty: a second run sends nothing again.
    run_worker()
    assert len(mail.outbox) == 1


def refuse_connections(settings):
    """Nothing listens on the discard port: the SMTP connection is refused."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 5


def unsent_report(client):
    """Reports › Unsent emails, as rows of cell texts."""
    response = client.get(reverse("unsent_emails_report"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row("td")] for row in soup.select("tbody tr")
    ]


def test_mail_server_down_retries_with_growing_delays_then_shows_the_email_as_unsent(
    client, settings, moderator_client
):
    refuse_connections(settings)
    response = client.post("/en/contact/", CONTACT)
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()

    run_worker()

    (email,) = queued("home.tasks.send_form_notification")
    assert email.status == "READY"  # to be tried again, not lost
    assert email.exception_class_path == "builtins.ConnectionRefusedError"
    ((_, subject, recipients, state, attempts, error),) = unsent_report(moderator_client)
    assert (subject, recipients, attempts) == (
        "New message from the website",
        "solidarity@example.org",
        "1",
    )
    assert state.startswith("Failed; will be tried again (next attempt")
    assert "ConnectionRefusedError" in error
    # Not before its time.
    run_worker()
    email.refresh_from_db()
    assert len(email.worker_ids) == 1

    delays = []
    while email.status == "READY":
        delays.append(round((email.run_after - email.started_at).total_seconds() / 60))
        with time_machine.travel(email.run_after + timedelta(seconds=1), tick=False):
            run_worker()
        email.refresh_from_db()
    # Minutes between attempts: growing, then it gives up.
    assert delays == [1, 5, 30, 120, 360]
    assert email.status == "FAILED"
    assert not mail.outbox
    ((_, subject, _, state, attempts, error),) = unsent_report(moderator_client)
    assert (state, attempts) == ("Not sent: every attempt failed", "6")
    # The admin home says so to moderators, with a link to the report.
    home = BeautifulSoup(moderator_client.get("/admin/").content, "html.parser")
    panel = home.select_one("#unsent-emails-content")
    assert "1 form email could not be sent." in panel.get_text(" ", strip=True)
    assert panel.find("a")["href"] == reverse("unsent_emails_report")
    # Staff still find the message among the form's submissions.
    (submission,) = FormSubmission.objects.filter(page__slug="contact")
    assert submission.get_data()["message"] == "Hola"


def test_an_email_that_failed_goes_once_the_mail_server_is_back(client, settings, admin_client):
    refuse_connections(settings)
    client.post("/en/contact/", CONTACT)
    run_worker()
    (email,) = queued("home.tasks.send_form_notification")
    assert email.status == "READY"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(email.run_after + timedelta(seconds=1), tick=False):
        run_worker()
        run_worker()

    (message,) = mail.outbox
    assert message.subject == "New message from the website"
    # Every attempt carries the same Message-ID: a copy sent twice reads as one message.
    assert message.extra_headers["Message-ID"].startswith(f"<{email.pk}@")
    email.refresh_from_db()
    assert email.status == "SUCCESSFUL"
    assert unsent_report(admin_client) == [["Every form email has been sent."]]


@pytest.mark.parametrize("username", ["comms", "translator"])
def test_only_superusers_and_moderators_see_unsent_emails(username):
    client = login(Client(), username)
    # Wagtail answers a refused admin view with a redirect to the admin home.
    assert client.get(reverse("unsent_emails_report")).status_code == 302
    # Neither in the Reports menu (the sidebar's data) nor on the admin home.
    assert reverse("unsent_emails_report") not in client.get("/admin/").content.decode()


def search_titles(query):
    soup = BeautifulSoup(Client().get("/en/search/", {"q": query}).content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".search-results li a")]


def test_publishing_queues_wagtails_search_indexing_for_the_worker(admin_client):
    post = create_and_publish(
        admin_client,
        BlogPostPage,
        BlogIndexPage.objects.get(locale__language_code="en"),
        {
            "title": "Zapatistas welcome the caravan",
            "slug": "zapatistas-welcome-the-caravan",
            "date": "2024-06-01",
            "intro": "The caravan reached Chiapas.",
            "body": streamfield([]),
            **{
                name: inline_formset([])
                for name in ["authors", "topics", "related_campaigns", "related_partners"]
            },
        },
    )
    assert Client().get(post.url).status_code == 200
    # Wagtail's signal handlers queued their work instead of doing it in the editor's request.
    assert queued("modelsearch.tasks.insert_or_update_object_task").filter(
        args_kwargs__args=["blog", "blogpostpage", str(post.pk)]
    )
    assert queued("wagtail.tasks.update_reference_index_task").exists()
    assert not any("Zapatistas" in title for title in search_titles("Zapatistas"))

    run_worker()

    assert "Zapatistas welcome the caravan" in search_titles("Zapatistas")
    assert not DBTaskResult.objects.ready().exists()
    assert not DBTaskResult.objects.failed().exists()


def test_production_queues_tasks_in_the_database_unless_told_to_run_them_at_once():
    show = "print(settings.TASKS['default']['BACKEND'])"
    assert production(show).strip() == "django_tasks_db.DatabaseBackend"
    assert production(show, TASKS_BACKEND="immediate").strip() == (
        "django_tasks.backends.immediate.ImmediateBackend"
    )
