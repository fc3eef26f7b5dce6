"""Work taken off the visitor's request: run by the task backend (settings.TASKS), immediately in
development and tests, by `manage.py run_worker` (home/worker.py) from the database queue in
production."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.utils import DNS_NAME
from django_tasks import task

logger = logging.getLogger(__name__)


@task(takes_context=True)
def send_form_notification(context, subject, body, to, from_address, cc, reply_to):
    """Email a form submission, composed in the request (FormPage.send_mail), to staff or the
    chosen committee: a slow or unreachable mail server no longer keeps the visitor waiting.
    Every argument is plain text or a list of addresses, as the database queue stores them.

    A failed attempt is tried again later (EMAIL_RETRY_DELAYS), with the same Message-ID
    (message_headers)."""
    send(
        EmailMessage(
            subject,
            body,
            from_address or settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL,
            to,
            cc=cc,
            reply_to=reply_to,
            headers=message_headers(context),
            connection=get_connection(),
        )
    )


@task(takes_context=True)
def send_staff_notification(context, subject, body, to):
    """Tell staff what waits for them, or what became of their work (home.handoffs: the
    translators' digest, "your translation is published"), composed in their language before it
    is queued. Tried again as form emails are."""
    send(
        EmailMessage(
            subject,
            body,
            settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL,
            to,
            headers=message_headers(context),
            connection=get_connection(),
        )
    )


def message_headers(context):
    """Every attempt carries the same Message-ID, the task's id, so that if a message was
    accepted but its success never recorded (the worker killed in between), mail systems see
    the second one as the same message."""
    return {
        "Auto-Submitted": "auto-generated",
        "Message-ID": f"<{context.task_result.id}@{DNS_NAME}>",
    }


def send(message):
    message.connection.open()
    try:
        message.send()
    finally:
        # Once the server has accepted the message, a failure to say goodbye (QUIT timing out)
        # must not fail the task: it would be sent again.
        try:
            message.connection.close()
        except Exception:
            logger.warning(
                "Email %s sent; closing the connection failed", message.subject, exc_info=True
            )


# Seconds before each new attempt of a task that failed, or whose worker stopped while running it
# (home/worker.py). A form email is tried six times over about nine hours, so a mail server down
# for a night still gets it; Wagtail's tasks (search and reference index, file deletions, cache
# purges) twice. Then the task stays FAILED; form emails are listed in Reports › Unsent emails.
EMAIL_RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60)
OTHER_RETRY_DELAYS = (60,)


def retry_delays(task_path):
    if task_path in (send_form_notification.module_path, send_staff_notification.module_path):
        return EMAIL_RETRY_DELAYS
    return OTHER_RETRY_DELAYS
