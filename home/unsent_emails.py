"""Reports › Unsent emails: the form emails the task worker has not sent (yet), for superusers and
moderators. The submissions themselves are stored all the same (Forms); this says which
notifications staff or committees did not get, and why."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext_lazy as _
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .tasks import EMAIL_RETRY_DELAYS, send_form_notification

ATTEMPTS = 1 + len(EMAIL_RETRY_DELAYS)


@dataclass
class UnsentEmail:
    enqueued_at: datetime
    subject: str
    recipients: list
    state: str
    attempts: int
    next_attempt_at: datetime | None
    error: str

    @classmethod
    def from_task(cls, db_task_result):
        subject, _body, to, _from_address, cc, _reply_to = db_task_result.args_kwargs["args"]
        attempts = len(db_task_result.worker_ids)
        next_attempt_at = None
        if db_task_result.status == TaskResultStatus.FAILED:
            state = _("Not sent: every attempt failed")
        elif db_task_result.status == TaskResultStatus.RUNNING:
            state = _("Sending")
        elif attempts:
            state = _("Failed; will be tried again")
            next_attempt_at = db_task_result.run_after
        else:
            state = _("Waiting for the task worker")
        lines = db_task_result.traceback.strip().splitlines()
        return cls(
            enqueued_at=db_task_result.enqueued_at,
            subject=subject,
            recipients=[*to, *cc],
            state=state,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            error=lines[-1] if lines else "",
        )


def unsent_tasks():
    return DBTaskResult.objects.filter(task_path=send_form_notification.module_path).exclude(
        status=TaskResultStatus.SUCCESSFUL
    )


def unsent_emails():
    """Newest first."""
    return [UnsentEmail.from_task(row) for row in unsent_tasks().order_by("-enqueued_at")]


def failed_count():
    return unsent_tasks().filter(status=TaskResultStatus.FAILED).count()
