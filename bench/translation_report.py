"""Measure the translation status report: SQL queries and server time at 10 and 200 extra pages.

    .venv/bin/python bench/translation_report.py            # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python bench/translation_report.py

Builds a throwaway test database with the demo site, adds pages, and prints a table.
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

RUNS = 10


def measure(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)  # read now: later requests reset the connection's query log
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return queries, statistics.median(times), max(times)


def main():
    from blog.models import BlogIndexPage
    from tests.factories import BlogPostPageFactory

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo_content", site="testserver", stdout=io.StringIO())
        client = Client()
        client.force_login(get_user_model().objects.get(username="comms"))
        url = reverse("translation_report")
        index = BlogIndexPage.objects.get(locale__language_code="en")
        print(f"{'extra pages':>12} {'rows':>6} {'queries':>8} {'median ms':>10} {'max ms':>8}")
        created = 0
        for target in (10, 200):
            while created < target:
                BlogPostPageFactory(parent=index, title=f"Bench post {created}")
                created += 1
            queries, median, worst = measure(client, url)
            rows = len(client.get(url).context["rows"])
            print(f"{target:>12} {rows:>6} {queries:>8} {median:>10.1f} {worst:>8.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
