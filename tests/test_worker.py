"""The task worker as production runs it: `manage.py run_worker` in a process of its own, with the
production settings, against the committed test database and a mail server on loopback. It is
killed in the middle of an email, and (PostgreSQL) its database connections are cut while it
sends another: every queued email must reach the mail server exactly once.

The worker sees only what is committed: the tests queue and read tasks on a connection of their
own, in autocommit, outside the test's transaction, and delete the tasks afterwards; the demo site
is left as it was."""

import email
import os
import signal
import socketserver
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from home.tasks import send_form_notification
from tests.test_security import ROOT, production, production_env

RUNNING_TIMEOUT = 2  # seconds before a task left RUNNING is taken back (TASKS_RUNNING_TIMEOUT)


class MailServer(socketserver.ThreadingTCPServer):
    """Just enough SMTP for Django's backend. `hang`: accept connections and never answer (what
    EMAIL_TIMEOUT guards against). `hold`: take the message, then wait for `release` before
    saying it is accepted."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), MailSession)
        self.port = self.server_address[1]
        self.messages = []
        self.connections = 0
        self.hang = threading.Event()
        self.hold = threading.Event()
        self.holding = threading.Event()
        self.release = threading.Event()

    def subjects(self):
        return Counter(message["Subject"] for message in self.messages)


class MailSession(socketserver.StreamRequestHandler):
    def handle(self):
        server = self.server
        server.connections += 1
        if server.hang.is_set():
            self.rfile.read()  # until the client goes away
            return
        self.reply("220 localhost")
        while line := self.rfile.readline():
            command = line.decode().strip().upper()
            if command.startswith("DATA"):
                self.reply("354 go ahead")
                data = b"".join(iter(self.rfile.readline, b".\r\n"))
                if server.hold.is_set():
                    server.holding.set()
                    server.release.wait(10)
                server.messages.append(email.message_from_bytes(data))
                self.reply("250 accepted")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")

    def reply(self, text):
        self.wfile.write(f"{text}\r\n".encode())


@pytest.fixture
def mail_server():
    server = MailServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def committed(db, settings):
    """Runs ORM code on a connection of its own, committed at once, as the worker's are (the
    test's own connection is inside a transaction the worker cannot see)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    thread = ThreadPoolExecutor(max_workers=1)

    def run(function, *args):
        return thread.submit(function, *args).result()

    assert not run(DBTaskResult.objects.exists)
    yield run
    run(lambda: DBTaskResult.objects.all().delete())
    run(lambda: connection.close())
    thread.shutdown()


def database_url():
    """The test database, as a URL for the worker's production settings."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """`manage.py run_worker` in a process of its own, its log in a file."""

    def __init__(self, log_path, mail_server, email_timeout):
        self.log_path = log_path
        env = production_env(
            DATABASE_URL=database_url(),
            EMAIL_URL=f"smtp://127.0.0.1:{mail_server.port}",
            EMAIL_TIMEOUT=str(email_timeout),
            TASKS_RUNNING_TIMEOUT=str(RUNNING_TIMEOUT),
            LOG_LEVEL="INFO",
        )
        with open(log_path, "a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "run_worker", "--no-startup-delay", "--interval=0.2"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def log(self):
        return self.log_path.read_text()

    def assert_alive(self):
        assert self.process.poll() is None, f"the worker exited:\n{self.log()}"

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(20)


@pytest.fixture
def start_worker(mail_server, tmp_path):
    """Starts workers (one log file for all); any still running at the end is killed."""
    started = []

    def start(email_timeout=10):
        started.append(Worker(tmp_path / "worker.log", mail_server, email_timeout))
        return started[-1]

    yield start
    for worker in started:
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait(10)


def queue_emails(committed, *subjects):
    return [
        committed(
            send_form_notification.enqueue, subject, "Hola", ["staff@example.org"], "", [], []
        ).id
        for subject in subjects
    ]


def statuses(committed, ids):
    by_id = dict(committed(lambda: list(DBTaskResult.objects.values_list("id", "status"))))
    return [by_id[DBTaskResult._meta.pk.to_python(pk)] for pk in ids]


def wait_until(condition, worker, timeout=20, what="the condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        worker.assert_alive()
        assert time.monotonic() < deadline, f"timed out waiting for {what}:\n{worker.log()}"
        time.sleep(0.05)


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def cut_database_connections(seconds, spare):
    """What a PostgreSQL restart does to the worker: its connections are terminated, and new ones
    too, for a few seconds. Only on this test database, and not the test's own connections (pids
    `spare`), never the server itself."""
    deadline = time.monotonic() + seconds
    try:
        with connection.cursor() as cursor:
            while time.monotonic() < deadline:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname ="
                    " current_database() AND pid <> pg_backend_pid() AND pid <> ALL(%s)",
                    [spare],
                )
                time.sleep(0.02)
    finally:
        connection.close()


def test_a_worker_killed_mid_email_and_a_database_cut_lose_no_email_and_send_none_twice(
    committed, mail_server, start_worker
):
    emails = queue_emails(committed, "First", "Second", "Third")
    # The mail server takes the connection and never answers: the worker is stuck in the first
    # email when it is killed (SIGKILL: no chance to clean up).
    mail_server.hang.set()
    worker = start_worker(email_timeout=60)
    wait_until(lambda: mail_server.connections, worker, what="the first email")
    assert statuses(committed, emails) == ["RUNNING", "READY", "READY"]
    worker.process.kill()
    worker.process.wait(10)
    assert not mail_server.messages

    # systemd starts it again; the mail server answers now. The interrupted email is taken back
    # once it has been RUNNING for longer than TASKS_RUNNING_TIMEOUT, and sent.
    mail_server.hang.clear()
    worker = start_worker()
    wait_until(
        lambda: statuses(committed, emails) == ["SUCCESSFUL"] * 3,
        worker,
        what="the three emails sent",
    )
    assert "its worker stopped" in worker.log()

    if connection.vendor == "postgresql":
        # The database goes away while the worker sends an email: the mail server has the
        # message and is about to accept it; the worker cannot record that it did.
        mail_server.hold.set()
        (late,) = queue_emails(committed, "Fourth")
        emails.append(late)
        wait_until(mail_server.holding.is_set, worker, what="the fourth email")
        ours = [backend_pid(), committed(backend_pid)]
        cutter = threading.Thread(target=cut_database_connections, args=[3, ours])
        cutter.start()
        time.sleep(0.5)
        mail_server.release.set()
        cutter.join()
        # It survived, and recorded the email as sent rather than send it again.
        wait_until(
            lambda: statuses(committed, emails)[-1] == "SUCCESSFUL", worker, what="the fourth email"
        )
        assert "The database is unreachable" in worker.log()
        # After the restart it goes on with new work.
        emails += queue_emails(committed, "Fifth")
        wait_until(
            lambda: statuses(committed, emails)[-1] == "SUCCESSFUL", worker, what="the fifth email"
        )

    # Long enough for a task left RUNNING to be taken back and sent again, had one been left.
    time.sleep(RUNNING_TIMEOUT + 1)
    worker.assert_alive()
    assert worker.stop() == 0
    assert statuses(committed, emails) == ["SUCCESSFUL"] * len(emails)
    expected = ["First", "Second", "Third", "Fourth", "Fifth"][: len(emails)]
    assert mail_server.subjects() == Counter(expected), worker.log()


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_the_worker_finishes_its_email_when_stopped(committed, mail_server, start_worker):
    """SIGTERM (systemctl stop, a deploy) waits for the email in hand, then exits cleanly."""
    (only,) = queue_emails(committed, "Only")
    mail_server.hold.set()
    worker = start_worker()
    wait_until(mail_server.holding.is_set, worker, what="the email")
    worker.process.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    mail_server.release.set()
    assert worker.process.wait(20) == 0
    assert statuses(committed, [only]) == ["SUCCESSFUL"]
    assert mail_server.subjects() == Counter(["Only"])


def test_production_bounds_the_wait_for_the_mail_server():
    show = "print(settings.EMAIL_TIMEOUT, settings.TASKS_RUNNING_TIMEOUT)"
    assert production(show).strip() == "20 600"
    assert production(show, EMAIL_TIMEOUT="7", TASKS_RUNNING_TIMEOUT="120").strip() == "7 120"
