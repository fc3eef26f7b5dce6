"""The task worker as a service (`manage.py run_worker`): django_tasks_db's worker, made to
survive what production does to it.

- The database restarts, or the connection is cut: the worker waits and connects again, rather
  than exit (django_tasks_db's db_worker exits, and nothing runs the queue any more).
- The worker is killed, or its machine stops, while it runs a task: the task would stay RUNNING
  for ever. A task RUNNING for longer than settings.TASKS_RUNNING_TIMEOUT is taken back: retried,
  or marked FAILED once its attempts are spent (recover_interrupted_tasks, at start and then
  periodically).
- A task fails (the mail server is down): it is retried later, with growing delays
  (home.tasks.retry_delays), then kept as FAILED; form emails are listed in Reports › Unsent
  emails.
- A task ran but its outcome cannot be written (the database went away meanwhile): the worker
  keeps it and writes it as soon as the database is back, so the task is not run twice (an email
  not sent twice).

It builds on django_tasks_db's Worker (its claiming loop, signal handling and run_task hook),
which is not a documented API: tests/test_worker.py runs this in a real process and fails if
that changes.
"""

import logging
import time
from contextlib import suppress
from datetime import timedelta
from traceback import format_exception

from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError, connections
from django.utils import timezone
from django_tasks_db.compat import TaskContext, TaskResultStatus, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from .tasks import retry_delays

logger = logging.getLogger(__name__)

# What a database restart or a cut connection raises.
DATABASE_GONE = (OperationalError, InterfaceError)
# Seconds between attempts to reach the database again; the last one repeats.
RECONNECT_DELAYS = (1, 2, 5, 10, 30)
# How often, at most, to look for tasks whose worker died.
RECOVERY_INTERVAL = 60


class WorkerStopped(Exception):
    """The error recorded on a task whose worker stopped while running it."""


def retry_or_fail(db_task_result, error, wait=True):
    """A task failed, or was interrupted: put it back in the queue, after its delay if `wait`,
    while it has attempts left, else mark it FAILED. Its error is kept either way (Unsent emails
    shows it). Returns whether it will be tried again."""
    delays = retry_delays(db_task_result.task_path)
    attempts = len(db_task_result.worker_ids)  # one worker id per claim
    if attempts > len(delays):
        db_task_result.set_failed(error)
        return False
    db_task_result.status = TaskResultStatus.READY
    db_task_result.run_after = timezone.now() + timedelta(
        seconds=delays[attempts - 1] if wait else 0
    )
    db_task_result.exception_class_path = f"{type(error).__module__}.{type(error).__qualname__}"
    db_task_result.traceback = "".join(format_exception(error))
    db_task_result.save(update_fields=["status", "run_after", "exception_class_path", "traceback"])
    logger.warning(
        "Task id=%s path=%s failed (attempt %d: %s); next attempt at %s",
        db_task_result.id,
        db_task_result.task_path,
        attempts,
        db_task_result.exception_class_path,
        db_task_result.run_after.isoformat(timespec="seconds"),
    )
    return True


def recover_interrupted_tasks(backend_name, timeout):
    """Tasks RUNNING for more than `timeout` seconds: their worker died (a live worker records
    every outcome well within it). Retried at once (they have waited long enough), as an attempt
    that failed: or failed, once their attempts are spent. Returns them."""
    stale = DBTaskResult.objects.running().filter(
        backend_name=backend_name, started_at__lt=timezone.now() - timedelta(seconds=timeout)
    )
    with exclusive_transaction(stale.db):
        # Skip rows another worker is recovering at this moment.
        recovered = list(stale.select_for_update(skip_locked=True))
        for db_task_result in recovered:
            logger.warning(
                "Task id=%s path=%s has been running since %s: its worker stopped",
                db_task_result.id,
                db_task_result.task_path,
                db_task_result.started_at.isoformat(timespec="seconds"),
            )
            retry_or_fail(
                db_task_result,
                WorkerStopped(f"The worker stopped while running this task (over {timeout} s)."),
                wait=False,
            )
    return recovered


class ServiceWorker(Worker):
    """Runs the queue until stopped (SIGTERM: after the task in hand), through database restarts.
    With `service=False`, one pass: what is ready, then it returns (tests, `--batch`)."""

    def __init__(self, *, service=True, running_timeout, **options):
        # Each pass of the library's loop runs the queue until it is empty, then returns here.
        super().__init__(batch=True, max_tasks=None, **options)
        self.service = service
        self.running_timeout = running_timeout
        self.next_recovery = 0.0
        self.unrecorded = None  # a finished task whose outcome the database did not take yet

    def run(self):
        reconnects = 0
        while True:
            try:
                self.record_outcome()
                if time.monotonic() >= self.next_recovery:
                    recover_interrupted_tasks(self.backend_name, self.running_timeout)
                    self.next_recovery = time.monotonic() + min(
                        RECOVERY_INTERVAL, self.running_timeout
                    )
                super().run()
                reconnects = 0
            except DATABASE_GONE:
                if not self.service:
                    raise
                delay = RECONNECT_DELAYS[min(reconnects, len(RECONNECT_DELAYS) - 1)]
                reconnects += 1
                logger.warning(
                    "The database is unreachable; trying again in %d s", delay, exc_info=True
                )
                self.close_connections()
                time.sleep(delay)
                continue
            if not (self.service and self.running):
                return
            time.sleep(self.interval)

    def run_task(self, db_task_result):
        """Run one claimed task and record its outcome (retry_or_fail on a failure). Until the
        outcome is written, the worker counts as busy: SIGTERM waits for it."""
        self.running_task = True
        value = error = None
        try:
            value = self.call(db_task_result)
        except BaseException as exc:  # noqa: BLE001 - recorded; re-raised below if an exit
            error = exc
        self.unrecorded = (db_task_result, value, error)
        self.record_outcome()
        if error is not None and not isinstance(error, Exception):
            raise error  # SystemExit (a second Ctrl+C), KeyboardInterrupt

    def call(self, db_task_result):
        task = db_task_result.task
        task_result = db_task_result.task_result
        task_started.send(sender=type(task.get_backend()), task_result=task_result)
        if task.takes_context:
            context = TaskContext(task_result=task_result)
            return task.call(context, *task_result.args, **task_result.kwargs)
        return task.call(*task_result.args, **task_result.kwargs)

    def record_outcome(self):
        """Write the outcome of the task in hand. If the database is unreachable, the outcome stays
        in self.unrecorded and run() calls this again once it is back, before anything else."""
        if self.unrecorded is None:
            return
        db_task_result, value, error = self.unrecorded
        if error is None:
            db_task_result.set_successful(value)
            finished = True
        else:
            finished = not retry_or_fail(db_task_result, error)
        self.unrecorded, self.running_task = None, False
        if not finished:
            return
        try:
            sender = type(db_task_result.task.get_backend())
            task_result = db_task_result.task_result
        except (ImportError, SuspiciousOperation):  # the task's code is gone
            logger.exception("Task id=%s failed: cannot load it", db_task_result.id)
        else:
            task_finished.send(sender=sender, task_result=task_result)  # logs it

    @staticmethod
    def close_connections():
        for connection in connections.all(initialized_only=True):
            with suppress(*DATABASE_GONE):  # already broken: it is dropped all the same
                connection.close()
