"""Where one page's time goes, in process: wall and CPU time, queries and their SQL time, and
optionally a profile, with production settings against a benchmark database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/profile_page.py /en/partners/ --repeat 30 --profile --sql

The page cache is off (PAGE_CACHE_TIMEOUT=0); fragments are kept when REDIS_URL is given, as in
production (FRAGMENT_CACHE_TIMEOUT=0 turns them off). The page is requested three times first
(renditions made, caches filled), then --repeat times, timed. Wall-clock figures on a shared
VM vary by 15% from run to run: compare call counts (--profile) and SQL times (--sql), which
vary less, and quote `make bench` for results.
"""

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.update(
    DJANGO_SETTINGS_MODULE="config.settings.production",
    ALLOWED_HOSTS="127.0.0.1,testserver",
    SECURE_SSL_REDIRECT="0",
    SECURE_COOKIES="0",
    SERVE_MEDIA="1",
    TASKS_BACKEND="immediate",
    PAGE_CACHE_TIMEOUT="0",
)
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="a public URL, e.g. /en/news/")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions")
    parser.add_argument("--sort", default="cumulative", help="cProfile's sort key")
    parser.add_argument("--sql", action="store_true", help="print each query's time")
    options = parser.parse_args()

    client = Client(HTTP_HOST="127.0.0.1")
    for _ in range(3):
        status = client.get(options.url).status_code
        if status != 200:
            raise SystemExit(f"{options.url}: HTTP {status}")

    queries = []

    def timed_query(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append(((time.perf_counter() - started) * 1000, sql))

    with connection.execute_wrapper(timed_query):
        client.get(options.url)

    wall, cpu = [], []
    for _ in range(options.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        client.get(options.url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    print(
        f"{options.url}: median {statistics.median(wall):.1f} ms (min {min(wall):.1f}), "
        f"Python CPU {statistics.median(cpu):.1f} ms; {len(queries)} queries, "
        f"SQL {sum(ms for ms, _sql in queries):.1f} ms"
    )
    if options.sql:
        for ms, sql in sorted(queries, reverse=True):
            print(f"{ms:7.2f}  {sql[:160]}")
    if options.profile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(options.repeat):
            client.get(options.url)
        profile.disable()
        pstats.Stats(profile).sort_stats(options.sort).print_stats(40)


if __name__ == "__main__":
    main()
