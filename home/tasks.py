"""Work taken off the visitor's request: run by the task backend (settings.TASKS), immediately in
development and tests, by `manage.py db_worker` from the database queue in production."""

from django_tasks import task
from wagtail.admin.mail import send_mail


@task()
def send_form_notification(subject, body, to, from_address, cc, reply_to):
    """Email a form submission, composed in the request (FormPage.send_mail), to staff or the
    chosen committee: a slow or unreachable mail server no longer keeps the visitor waiting.
    Every argument is plain text or a list of addresses, as the database queue stores them."""
    send_mail(subject, body, to, from_address, cc=cc, reply_to=reply_to)
