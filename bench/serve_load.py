"""Serve the site as production does at three content sizes, load it, and print what it costs.

    make bench                                    # demo, 1k and 10k: about ten minutes
    BENCH_SIZES=demo,1k BENCH_DURATION=3 make bench
    .venv/bin/python bench/serve_load.py --help

For each size, a PostgreSQL database (bench_demo, bench_1k, bench_10k on 127.0.0.1:5432):
migrate and load_demo_content, then bench/grow_site.py adds English and Spanish pages up to
1,000 posts, or 10,000 posts, 500 partners and 200 tours. A built database is kept as a
template (bench_tpl_<size>_<hash>: the hash of the migrations, the demo content's code, the
generator and the installed packages) with its uploads under bench/.work/, so a rerun copies it
in seconds; BENCH_REBUILD=1 builds again.

Then, for home, a campaign, a tour, the partner index, a post, the posts index and search, in
English and Spanish:
- queries: one request's queries, in process (django.test.Client, production settings, the
  page cache and fragments off), after a warm-up request;
- median and p95 ms: BENCH_REPEAT sequential requests (after warm-up) to gunicorn over
  loopback, page cache off (PAGE_CACHE_TIMEOUT=0), fragments kept as in production (the
  footer, filter options and listing counts: FRAGMENT_CACHE_TIMEOUT): the time from sending
  the request to the last byte of the page, which on loopback is the server's time;
- bare ms: the same median with the fragments off too (FRAGMENT_CACHE_TIMEOUT=0): what the
  first page rendered after a publish costs;
- cold and warm req/s: wrk (-t2 -c8, BENCH_DURATION seconds) with the page cache off, then on
  (production's default) and primed by a first request; "failed": wrk's non-2xx responses and
  socket errors, cold/warm; "warm ms": the median of sequential requests with the cache on;
  "cache": the X-Cache or Age header of a primed page, when the site sends one.

gunicorn serves config.settings.production (throwaway SECRET_KEY, ALLOWED_HOSTS=127.0.0.1,
plain http, uploads served by Django) with BENCH_WORKERS sync workers (3: on 2 cores, one more
worker than cores keeps both busy while another waits on PostgreSQL or Redis; wrk and
PostgreSQL share the same cores), static files by whitenoise after collectstatic, the cache on
a private redis-server on a free port (not the machine's 6379), flushed between sizes.

Resilience, on the first size: PostgreSQL (the machine's server) is restarted with
pg_ctlcluster during a wrk run on an uncached page, and the failed requests and the time until
pages are served again (polled every 0.1 s) are reported; then the private Redis is killed
during a warm-cache wrk run (pages should be served uncached, without errors) and started again.
BENCH_RESILIENCE=0 skips both.

Everything is on loopback and bounded in time. The table is printed and written to
bench/results/ (not committed).
"""

import argparse
import hashlib
import http.client
import importlib.metadata
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORK = ROOT / "bench" / ".work"
RESULTS = ROOT / "bench" / "results"
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")

# Totals per language; the demo has 7 posts, 5 partners and 2 tours.
SIZES = {
    "demo": {},
    "1k": {"posts": 1000},
    "10k": {"posts": 10_000, "partners": 500, "tours": 200},
}
# The steps of the demo database's build (build_template): part of its templates' hash.
DEMO_BUILD = "migrate; load_demo_content, background tasks immediate; update_index; analyze"
PAGES = ["home", "campaign", "tour", "partner index", "post", "posts index", "search"]


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    environ = os.environ.get
    parser.add_argument(
        "--sizes",
        default=environ("BENCH_SIZES") or ",".join(SIZES),
        help=f"comma-separated, of {', '.join(SIZES)} (BENCH_SIZES)",
    )
    parser.add_argument(
        "--duration",
        type=int,
        default=int(environ("BENCH_DURATION") or 5),
        help="seconds of each wrk run (BENCH_DURATION)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=int(environ("BENCH_REPEAT") or 30),
        help="sequential timed requests per page, page cache off (BENCH_REPEAT)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(environ("BENCH_WORKERS") or 3),
        help="gunicorn sync workers (BENCH_WORKERS)",
    )
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument(
        "--rebuild",
        action="store_true",
        default=environ("BENCH_REBUILD", "") == "1",
        help="build the databases again rather than copy their templates (BENCH_REBUILD=1)",
    )
    parser.add_argument(
        "--no-resilience",
        dest="resilience",
        action="store_false",
        default=environ("BENCH_RESILIENCE", "1") != "0",
        help="skip the PostgreSQL restart and Redis outage (BENCH_RESILIENCE=0)",
    )
    options = parser.parse_args()
    options.sizes = [size.strip() for size in options.sizes.split(",") if size.strip()]
    unknown = [size for size in options.sizes if size not in SIZES]
    if unknown or not options.sizes:
        parser.error(f"unknown size {', '.join(unknown)}: choose among {', '.join(SIZES)}")
    if options.duration < 1 or options.repeat < 2 or options.workers < 1:
        parser.error("--duration must be at least 1, --repeat 2 and --workers 1")
    for tool in ["wrk", "redis-server"]:
        if not shutil.which(tool):
            parser.error(f"{tool} is missing: `make bench` installs it")
    return options


def say(text=""):
    print(text, flush=True)


# Processes and the environment ------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command, env, what):
    """Run a command of the build; its output only when it fails."""
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"{what} failed (exit {done.returncode}): {' '.join(map(str, command))}")
    return done.stdout


SECRET_KEY = secrets.token_urlsafe(50)
# What the benchmark sets itself, never taken from the caller's environment.
INHERITED_NOT = {
    "PAGE_CACHE_TIMEOUT",
    "FRAGMENT_CACHE_TIMEOUT",
    "REDIS_URL",
    "DATABASE_URL",
    "MEDIA_ROOT",
}


def site_env(database, media, redis_url="", page_cache=True, **extra):
    """The environment of production settings on this machine, as make serve-prod sets it."""
    env = {key: value for key, value in os.environ.items() if key not in INHERITED_NOT}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SERVE_MEDIA="1",
        DATABASE_URL=f"{SERVER}/{database}",
        MEDIA_ROOT=str(media),
        PYTHONDONTWRITEBYTECODE="1",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    if not page_cache:
        env["PAGE_CACHE_TIMEOUT"] = "0"
    env.update(extra)
    return env


class Redis:
    """A private redis-server on a free loopback port, without persistence."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def command(self, *words):
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as connection:
            connection.sendall((" ".join(words) + "\r\n").encode())
            return connection.recv(1024).decode().strip()

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no", "--dir", str(WORK)],
            stdout=open(WORK / "redis.log", "a"),  # noqa: SIM115 (the process keeps it)
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if self.command("PING") == "+PONG":
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit(f"redis-server did not start on port {self.port} (bench/.work/redis.log)")

    def kill(self):
        """Gone at once, as a crash leaves it."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


class Gunicorn:
    """gunicorn with production settings on a free loopback port."""

    def __init__(self, env, workers, log):
        self.env, self.workers, self.log = env, workers, log
        self.port = free_port()
        self.process = None

    def __enter__(self):
        command = [BIN / "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(self.workers), "--worker-class", "sync", "--timeout", "30"]
        command += ["--log-level", "warning"]
        # gunicorn and the site (production settings) log to stderr: to this run's log file.
        self.output = open(self.log, "w")  # noqa: SIM115 (closed in __exit__)
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited: see {self.log}")
            try:
                if fetch(self.port, "/robots.txt", timeout=2).status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"gunicorn did not answer within a minute: see {self.log}")

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.output.close()


# Databases --------------------------------------------------------------------------------


def sql(statement, params=None):
    """Run `statement` on the server's maintenance database; its rows if it returns any."""
    connection = psycopg2.connect(f"{SERVER}/postgres")
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall() if cursor.description else None
    finally:
        connection.close()


def databases(prefix):
    """The databases whose names start with `prefix` (in Python: LIKE takes _ as a wildcard)."""
    return [name for (name,) in sql("SELECT datname FROM pg_database") if name.startswith(prefix)]


def drop_database(name):
    sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_database(template, name):
    drop_database(name)
    sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def analyze(database):
    connection = psycopg2.connect(f"{SERVER}/{database}")
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    finally:
        connection.close()


def database_comment(name):
    rows = sql(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
    )
    return rows[0][0] if rows else None


def fingerprint(*parts, files=()):
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode())
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def demo_fingerprint():
    """What the demo database depends on: every migration, the demo content's code, and the
    installed packages (their migrations)."""
    migrations = [
        path
        for path in ROOT.glob("*/migrations/*.py")
        if not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
    ]
    demo = [*ROOT.glob("home/demo/*.py"), ROOT / "home/management/commands/load_demo_content.py"]
    packages = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    return fingerprint(DEMO_BUILD, *packages, files=[*migrations, *demo])


def build_template(size, parent, options):
    """The template database of `size` (and its uploads): reused when its inputs are the same,
    built otherwise. Returns (template name, how it was built)."""
    spec = SIZES[size]
    if size == "demo":
        key = demo_fingerprint()
    else:
        key = fingerprint(parent, sorted(spec.items()), files=[ROOT / "bench/grow_site.py"])
    name = f"bench_tpl_{size.replace('k', '000')}_{key}"
    media = WORK / "media" / name
    if name in databases(name) and media.is_dir() and not options.rebuild:
        return name, f"copied from {name} (built in {database_comment(name)})"
    # Older templates of this size, and their uploads, are of no more use.
    for old in databases(f"bench_tpl_{size.replace('k', '000')}_"):
        drop_database(old)
        shutil.rmtree(WORK / "media" / old, ignore_errors=True)
    building = f"bench_building_{size.replace('k', '000')}"
    shutil.rmtree(media, ignore_errors=True)
    started = time.perf_counter()
    steps = []
    if size == "demo":
        drop_database(building)
        sql(f'CREATE DATABASE "{building}"')
        # Background tasks (the search index, reference index...) run in the build's process.
        env = site_env(building, media, page_cache=False, TASKS_BACKEND="immediate")
        manage = [BIN / "python", "manage.py"]
        step = time.perf_counter()
        run([*manage, "migrate", "--no-input", "-v", "0"], env, "migrate")
        steps.append(f"migrate {time.perf_counter() - step:.1f} s")
        step = time.perf_counter()
        run([*manage, "load_demo_content", "--site", "127.0.0.1:80"], env, "load_demo_content")
        steps.append(f"load_demo_content {time.perf_counter() - step:.1f} s")
        # The search index as a deploy builds it (with the database task queue, page saves only
        # queue their index updates for a worker).
        step = time.perf_counter()
        run([*manage, "update_index"], env, "update_index")
        steps.append(f"update_index {time.perf_counter() - step:.1f} s")
        # Planner statistics, as autovacuum keeps them on a live database (copies keep them).
        analyze(building)
    else:
        copy_database(parent, building)
        shutil.copytree(WORK / "media" / parent, media)
        env = site_env(building, media, page_cache=False, TASKS_BACKEND="immediate")
        grow = [BIN / "python", "bench/grow_site.py"]
        grow += [f"--{what}={count}" for what, count in spec.items()]
        steps.append(run(grow, env, "bench/grow_site.py").strip().removeprefix("grew the site: "))
        # Statistics of the grown tables now, not from autovacuum in the middle of a run.
        analyze(building)
    took = f"{time.perf_counter() - started:.1f} s: {'; '.join(steps)}"
    sql(f'COMMENT ON DATABASE "{building}" IS %s', [took])
    sql(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    return name, f"built now in {took}"


def prepare(size, parents, options):
    """The database bench_<size>, fresh from its template, and its uploads directory."""
    parent = parents.get("demo") if size != "demo" else None
    if size != "demo" and parent is None:
        parent, _ = build_template("demo", None, options)
        parents["demo"] = parent
    template, how = build_template(size, parent, options)
    parents[size] = template
    database = f"bench_{size}"
    copy_database(template, database)
    media = WORK / "media" / size
    shutil.rmtree(media, ignore_errors=True)
    shutil.copytree(WORK / "media" / template, media)
    return database, media, how


# Requests ---------------------------------------------------------------------------------


class Fetched:
    def __init__(self, status, headers, size, seconds):
        self.status, self.headers, self.size, self.seconds = status, headers, size, seconds

    def cache_header(self):
        for name in ["X-Cache", "Age"]:
            if value := self.headers.get(name.lower()):
                return f"{name}: {value}"
        return "-"


def fetch(port, url, timeout=30):
    """One GET over a new connection (sync workers close it after each response)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        started = time.perf_counter()
        connection.request("GET", url)
        response = connection.getresponse()
        body = response.read()
        seconds = time.perf_counter() - started
        headers = {name.lower(): value for name, value in response.getheaders()}
        return Fetched(response.status, headers, len(body), seconds)
    finally:
        connection.close()


def timed(port, url, repeat, warm_up):
    """Milliseconds of `repeat` sequential requests, after `warm_up` untimed ones (so each
    worker has rendered the page once)."""
    for _ in range(warm_up):
        check(fetch(port, url), url)
    return [check(fetch(port, url), url).seconds * 1000 for _ in range(repeat)]


def check(fetched, url):
    if fetched.status != 200:
        raise SystemExit(f"{url}: HTTP {fetched.status}")
    return fetched


def wrk_command(port, url, duration, connections):
    threads = min(2, connections)
    return ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"] + [
        f"http://127.0.0.1:{port}{url}"
    ]


def wrk_result(output):
    """Requests, requests per second and failures from wrk's report."""

    def number(pattern, default=0.0):
        found = re.search(pattern, output)
        return float(found.group(1)) if found else default

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if not re.search(r"Requests/sec:", output):
        raise SystemExit(f"wrk failed:\n{output}")
    return {
        "requests": int(number(r"(\d+) requests in")),
        "rps": number(r"Requests/sec:\s+([\d.]+)"),
        "non2xx": int(number(r"Non-2xx or 3xx responses: (\d+)")),
        "socket errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
    }


def wrk(port, url, duration, connections):
    done = subprocess.run(
        wrk_command(port, url, duration, connections),
        capture_output=True,
        text=True,
        timeout=duration + 60,
    )
    return wrk_result(done.stdout + done.stderr)


def failed(result):
    return result["non2xx"] + result["socket errors"]


# Measuring one size -----------------------------------------------------------------------


def percentile(values, share):
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def measure_size(size, redis, parents, options, resilience):
    say(f"\n== {size}")
    started = time.perf_counter()
    database, media, how = prepare(size, parents, options)
    say(f"database: {database}, {how}")
    redis.command("FLUSHALL")
    logs = WORK / "logs"
    logs.mkdir(parents=True, exist_ok=True)

    env = site_env(database, media, redis.url, page_cache=False)
    counted = json.loads(
        run(
            [BIN / "python", "bench/page_queries.py"],
            # Fragments off: the queries a page costs when nothing of it is kept.
            {**env, "ALLOWED_HOSTS": "127.0.0.1,testserver", "FRAGMENT_CACHE_TIMEOUT": "0"},
            "bench/page_queries.py",
        )
        .strip()
        .splitlines()[-1]
    )
    content = counted["content"]
    say(
        "content:  {posts} posts, {partners} partners, {tours} tours per language; "
        "{pages} pages, {search entries} search entries; {database MB} MB".format(**content)
    )
    rows = [{"size": size, **page} for page in counted["pages"]]
    report = {}
    warm_up = 2 * options.workers
    d, c = options.duration, options.connections

    say(f"bare: page cache and fragments off; {options.repeat} sequential requests per page")
    log = logs / f"gunicorn-{size}-bare.log"
    with Gunicorn({**env, "FRAGMENT_CACHE_TIMEOUT": "0"}, options.workers, log) as server:
        for row in rows:
            row["bare"] = statistics.median(timed(server.port, row["url"], options.repeat, warm_up))

    say(f"cold: page cache off; {options.repeat} sequential requests, then wrk, per page")
    log = logs / f"gunicorn-{size}-cold.log"
    with Gunicorn(env, options.workers, log) as server:
        for row in rows:
            times = timed(server.port, row["url"], options.repeat, warm_up)
            row["median"] = statistics.median(times)
            row["p95"] = percentile(times, 95)
            row["cold"] = wrk(server.port, row["url"], d, c)
        if resilience:
            report["postgres"] = postgres_restart(server.port, rows[0]["url"], options)

    say("warm: page cache on, primed; wrk per page")
    redis.command("FLUSHALL")
    log = logs / f"gunicorn-{size}-warm.log"
    with Gunicorn(site_env(database, media, redis.url), options.workers, log) as server:
        for row in rows:
            primed = timed(server.port, row["url"], 10, warm_up)
            row["warm ms"] = statistics.median(primed)
            row["cache"] = fetch(server.port, row["url"]).cache_header()
            row["warm"] = wrk(server.port, row["url"], d, c)
        if resilience:
            report["redis"] = redis_outage(server.port, rows[0]["url"], redis, options)
    say(f"measured in {time.perf_counter() - started:.0f} s")
    return rows, content, how, report


# Resilience -------------------------------------------------------------------------------


class Poller(threading.Thread):
    """GET `url` every 0.1 s, noting (seconds since start, status or None, X-Cache)."""

    def __init__(self, port, url):
        super().__init__(daemon=True)
        self.port, self.url = port, url
        self.started = time.perf_counter()
        self.polls = []
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            at = time.perf_counter() - self.started
            try:
                fetched = fetch(self.port, self.url, timeout=5)
                self.polls.append((at, fetched.status, fetched.headers.get("x-cache", "")))
            except OSError:
                self.polls.append((at, None, ""))
            self.done.wait(0.1)

    def recovered(self):
        """The time of the first 200 after the last failure; None if no failure was followed
        by one."""
        failures = [at for at, status, _ in self.polls if status != 200]
        if not failures:
            return None
        after = [at for at, status, _ in self.polls if status == 200 and at > failures[-1]]
        return after[0] if after else None

    def served_since(self, seconds):
        """The time of the first 200 at or after `seconds` that no failure follows, or None."""
        since = None
        for at, status, _ in self.polls:
            if status != 200:
                since = None
            elif since is None and at >= seconds:
                since = at
        return since


def postgres_cluster():
    versions = (
        sorted(Path("/etc/postgresql").glob("*/main")) if shutil.which("pg_ctlcluster") else []
    )
    return (versions[-1].parent.name, "main") if versions else None


def start_wrk(port, url, duration, options):
    """wrk in the background, for a run during which something is restarted or killed."""
    return subprocess.Popen(
        wrk_command(port, url, duration, options.connections),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def postgres_restart(port, url, options):
    """Restart PostgreSQL during a wrk run on an uncached page; how many requests failed and
    how long until pages are served again."""
    cluster = postgres_cluster()
    if cluster is None:
        return {"skipped": "no pg_ctlcluster cluster on this machine"}
    duration = max(options.duration, 8)
    say(f"resilience: restarting PostgreSQL {cluster[0]} during {duration} s of wrk on {url}")
    load = start_wrk(port, url, duration, options)
    time.sleep(duration / 4)
    poller = Poller(port, url)
    poller.start()
    restart = subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", *cluster, "restart"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    back = time.perf_counter() - poller.started
    deadline = time.monotonic() + 30
    while poller.served_since(back) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    output, _ = load.communicate(timeout=duration + 60)
    poller.done.set()
    poller.join()
    failures = [at for at, status, _ in poller.polls if status != 200]
    return {
        "url": url,
        "restart": restart.returncode,
        "restart output": (restart.stdout + restart.stderr).strip(),
        "restart seconds": back,
        "served again": poller.recovered() if failures else 0.0,
        "polls": len(poller.polls),
        "failed polls": len(failures),
        "first failure": min(failures, default=None),
        "last failure": max(failures, default=None),
        "wrk": wrk_result(output),
    }


def redis_outage(port, url, redis, options):
    """Kill the private Redis during a warm-cache wrk run, then start it again."""
    duration = max(options.duration, 6)
    say(f"resilience: killing Redis during {duration} s of wrk on {url} (page cache on)")
    load = start_wrk(port, url, duration, options)
    time.sleep(duration / 3)
    redis.kill()
    poller = Poller(port, url)
    poller.start()
    output, _ = load.communicate(timeout=duration + 60)
    poller.done.set()
    poller.join()
    # Served without Redis, sequentially: how long an uncached page takes then.
    without = [fetch(port, url) for _ in range(10)]
    redis.start()
    back = [fetch(port, url) for _ in range(3)]
    return {
        "url": url,
        "wrk": wrk_result(output),
        "polls": len(poller.polls),
        "failed polls": sum(status != 200 for _, status, _ in poller.polls)
        + sum(fetched.status != 200 for fetched in without),
        "without ms": statistics.median(fetched.seconds * 1000 for fetched in without),
        "without header": without[-1].cache_header(),
        "back header": f"HTTP {back[-1].status}, {back[-1].cache_header()}",
    }


# Report -----------------------------------------------------------------------------------


def machine():
    cpu = platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = models[0] if models else cpu
    postgres = sql("SHOW server_version")[0][0]
    redis = subprocess.run(["redis-server", "--version"], capture_output=True, text=True)
    redis_version = re.search(r"v=(\S+)", redis.stdout)
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}"
        for name in ["Django", "wagtail", "wagtail-localize", "gunicorn"]
    )
    return [
        f"machine:  {cpu}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}",
        f"software: Python {platform.python_version()}, {versions}, PostgreSQL {postgres}, "
        f"Redis {redis_version.group(1) if redis_version else '?'}, {wrk_version()}",
    ]


def wrk_version():
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    found = re.search(r"wrk (\S+)", done.stdout + done.stderr)
    return f"wrk {found.group(1)}" if found else "wrk"


def table(rows):
    header = ["size", "page", "lang", "queries", "median ms", "p95 ms", "bare ms", "cold req/s"]
    header += ["warm req/s", "failed", "warm ms", "KB", "cache"]
    lines = [header]
    for row in rows:
        lines.append(
            [
                row["size"],
                row["page"],
                row["language"],
                str(row["queries"]),
                f"{row['median']:.1f}",
                f"{row['p95']:.1f}",
                f"{row['bare']:.1f}",
                f"{row['cold']['rps']:.0f}",
                f"{row['warm']['rps']:.0f}",
                f"{failed(row['cold'])}/{failed(row['warm'])}",
                f"{row['warm ms']:.1f}",
                f"{row['bytes'] / 1024:.0f}",
                row["cache"],
            ]
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    text = []
    for line in lines:
        cells = [
            cell.ljust(width) if column in (0, 1, 2, len(header) - 1) else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        text.append("  ".join(cells).rstrip())
    return text


def resilience_lines(report):
    lines = []
    postgres = report.get("postgres")
    if postgres and "skipped" in postgres:
        lines.append(f"PostgreSQL restart: skipped ({postgres['skipped']})")
    elif postgres:
        load = postgres["wrk"]
        restart = "" if postgres["restart"] == 0 else f" (exit {postgres['restart']})"
        served = postgres["served again"]
        window = (
            f"failed from {postgres['first failure']:.1f} s to {postgres['last failure']:.1f} s"
            if postgres["failed polls"]
            else "never failed"
        )
        lines.append(
            f"PostgreSQL restart during load on {postgres['url']} (page cache off): "
            f"pg_ctlcluster restart took {postgres['restart seconds']:.1f} s{restart}; "
            f"{failed(load)} of {load['requests']} requests failed under wrk "
            f"({load['non2xx']} non-2xx, {load['socket errors']} socket errors); polled every "
            f"0.1 s from the restart, {postgres['failed polls']} of {postgres['polls']} polls "
            f"{window}, "
            + (
                f"served again {served:.1f} s after the restart began"
                if served is not None
                else "NOT served again within 30 s of the restart's end"
            )
        )
        if postgres["restart"]:
            lines.append(f"  pg_ctlcluster: {postgres['restart output']}")
    redis = report.get("redis")
    if redis:
        load = redis["wrk"]
        lines.append(
            f"Redis killed during load on {redis['url']} (page cache on): {failed(load)} of "
            f"{load['requests']} requests failed ({load['non2xx']} non-2xx, "
            f"{load['socket errors']} socket errors), {load['rps']:.0f} req/s over the run; "
            f"{redis['failed polls']} of {redis['polls'] + 10} polls failed; without Redis the page "
            f"took {redis['without ms']:.1f} ms (median of 10, {redis['without header']}); "
            f"Redis started again: {redis['back header']}"
        )
    return lines


def summary(rows, sizes):
    """The targets, read from the rows."""
    lines = []
    homes = [row for row in rows if row["page"] == "home"]
    for row in homes:
        lines.append(
            f"warm-cache home page, {row['size']} {row['language']}: {row['warm']['rps']:.0f} "
            "req/s (target: above 1,000)"
        )
    largest = sizes[-1]
    uncached = [row for row in rows if row["size"] == largest]
    slowest = max(uncached, key=lambda row: row["median"])
    over = [f"{r['page']} {r['language']}" for r in uncached if r["median"] >= 50]
    lines.append(
        f"uncached median at {largest}: {min(r['median'] for r in uncached):.1f} to "
        f"{slowest['median']:.1f} ms ({slowest['page']} {slowest['language']}); "
        + (f"over 50 ms: {', '.join(over)}" if over else "all under the 50 ms target")
    )
    bare = max(uncached, key=lambda row: row["bare"])
    lines.append(
        f"bare median at {largest} (no fragments either): {min(r['bare'] for r in uncached):.1f}"
        f" to {bare['bare']:.1f} ms ({bare['page']} {bare['language']})"
    )
    if len(sizes) > 1:
        grew = []
        for page in PAGES:
            for language in ["en", "es"]:
                counts = [
                    row["queries"]
                    for size in sizes
                    for row in rows
                    if row["size"] == size and row["page"] == page and row["language"] == language
                ]
                if len(set(counts)) > 1:
                    grew.append(f"{page} {language} {'/'.join(map(str, counts))}")
        lines.append(
            f"queries from {sizes[0]} to {largest}: "
            + (f"differ on {', '.join(grew)}" if grew else "the same on every page")
        )
    return lines


def main():
    options = parse_args()
    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    header = machine()
    header.append(
        f"serving:  gunicorn, {options.workers} sync workers, production settings, PostgreSQL "
        f"{SERVER}, a private Redis; wrk -t{min(2, options.connections)} "
        f"-c{options.connections} -d{options.duration}s; {options.repeat} sequential requests"
    )
    for line in header:
        say(line)
    run(
        [BIN / "python", "manage.py", "collectstatic", "--no-input", "-v", "0"],
        site_env("postgres", WORK / "media" / "none"),
        "collectstatic",
    )
    redis = Redis()
    redis.start()
    rows, builds, contents, report, parents = [], [], {}, {}, {}
    try:
        for number, size in enumerate(options.sizes):
            resilience = options.resilience and number == 0
            size_rows, content, how, size_report = measure_size(
                size, redis, parents, options, resilience
            )
            rows += size_rows
            contents[size] = content
            builds.append(f"{size}: {how}")
            report.update(size_report)
    finally:
        redis.stop()

    lines = [*header, "", "builds:"]
    lines += [f"  {build}" for build in builds]
    lines += ["content:"]
    lines += [
        f"  {size}: {c['posts']} posts, {c['partners']} partners, {c['tours']} tours per "
        f"language; {c['pages']} pages; {c['search entries']} search entries; "
        f"{c['database MB']} MB"
        for size, c in contents.items()
    ]
    lines += ["", *table(rows), ""]
    lines += resilience_lines(report)
    lines += summary(rows, options.sizes)
    lines.append(f"total: {time.perf_counter() - started:.0f} s")
    text = "\n".join(lines) + "\n"
    result = RESULTS / f"bench-{datetime.now():%Y%m%d-%H%M%S}.txt"
    result.write_text(text)
    say("\n" + text + f"(written to {result.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
