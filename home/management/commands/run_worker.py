"""`manage.py run_worker`: the background task worker, run as a service beside the web server
(README, "Background tasks"). django_tasks_db's `db_worker` with its options, made to survive
database restarts, killed workers and failing tasks (home/worker.py)."""

import logging

from django.conf import settings
from django.core.management.base import CommandError
from django_tasks_db.management.commands import db_worker

from home.worker import ServiceWorker


class Command(db_worker.Command):
    help = (
        "Run the queued background tasks (form emails, search index...) until stopped: "
        "reconnects after a database restart, retries failed tasks, and takes back tasks left "
        "running by a worker that died. --batch: run what is ready, then exit."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # A service is restarted by systemd, not reloaded on code changes.
        parser.set_defaults(reload=False)

    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        if verbosity < 2:
            # Each pass of the queue logs "Starting worker" and "No more tasks": once a second.
            logging.getLogger("django_tasks_db").setLevel(logging.WARNING)

    def handle(self, *, verbosity, batch, reload, max_tasks, queue_name, exclude_queues, **options):
        if reload or max_tasks:
            raise CommandError("run_worker supports neither --reload nor --max-tasks.")
        queues = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queues:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        self.configure_logging(verbosity)
        worker = ServiceWorker(
            service=not batch,
            running_timeout=settings.TASKS_RUNNING_TIMEOUT,
            queue_names=queues,
            excluded_queue_names=excluded,
            interval=options["interval"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            worker_id=options["worker_id"],
        )
        worker.configure_signals()
        worker.run()
