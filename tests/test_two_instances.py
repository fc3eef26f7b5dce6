"""Scaling out: two application instances (gunicorn, production settings) share one PostgreSQL
and one Redis. What an editor publishes through one, visitors of the other see at once, though
the other had the page in its cache."""

import http.client
import http.cookies
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest
import redis
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.urls import reverse

from blog.models import BlogIndexPage, BlogPostPage
from tests.browser.conftest import in_own_thread
from tests.factories import BlogPostPageFactory

ROOT = Path(__file__).resolve().parents[1]
REDIS_URL = "redis://127.0.0.1:6379/11"  # a database of the machine's Redis for this test alone
HOST = "testserver"  # the demo site's hostname in the suite's database

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").split(":")[0] not in {"postgres", "postgresql"},
        reason="needs PostgreSQL: runs in the suite's PostgreSQL run (.ci/run)",
    ),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def production_env():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "two-instances-" + "x" * 50,
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "DATABASE_URL": database_url(),
        "REDIS_URL": REDIS_URL,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "TASKS_BACKEND": "immediate",
    }


class Instance:
    """One gunicorn serving the suite's database with the production settings."""

    def __init__(self, name):
        self.name, self.port = name, free_port()
        env = production_env()
        self.process = subprocess.Popen(
            [Path(sys.executable).parent / "gunicorn", "config.wsgi", "--workers", "1"]
            + ["--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
        )
        self.cookies = http.cookies.SimpleCookie()
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/en/")
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"instance {name} did not start") from None
                time.sleep(0.2)

    def request(self, method, path, body=None):
        headers = {"Host": HOST}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(body)
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(header)
        conn.close()
        return response

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, data):
        """Post as the admin's forms do: with the CSRF token of the form at `path`."""
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(path).text)
        return self.request("POST", path, {"csrfmiddlewaretoken": token.group(1), **data})

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def static_files():
    """Production templates name static files by their hashed names: collect them, as a deploy
    does (a clean checkout has none)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=production_env(),
        check=True,
    )


@pytest.fixture
def shared_redis():
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def editor_and_post(english):
    """A superuser whose password the production hasher checks, and a live post: committed,
    so the instances see them; removed afterwards (the suite's demo site stays as it was)."""
    password = uuid.uuid4().hex
    username = f"editor-{password[:8]}"

    def create():
        user = get_user_model().objects.create_superuser(username, f"{username}@example.org")
        user.password = PBKDF2PasswordHasher().encode(password, PBKDF2PasswordHasher().salt())
        user.save()
        news = BlogIndexPage.objects.get(locale=english)
        post = BlogPostPageFactory(parent=news, title="Banana workers strike in Urabá")
        post.save_revision().publish()
        return user, post

    user, post = in_own_thread(create)
    yield username, password, post
    in_own_thread(lambda: (BlogPostPage.objects.get(pk=post.pk).delete(), user.delete()))


def test_a_page_published_through_one_instance_is_served_fresh_by_the_other(
    static_files, shared_redis, editor_and_post
):
    username, password, post = editor_and_post
    one, other = Instance("one"), Instance("other")
    try:
        news_url = post.get_parent().url
        for path in (post.url, news_url):
            assert other.get(path).status == 200
            cached = other.get(path)
            assert cached.getheader("X-Cache") == "hit", path

        login = one.post_form(
            reverse("wagtailadmin_login"), {"username": username, "password": password}
        )
        assert login.status == 302, login.text
        unpublish = reverse("wagtailadmin_pages:unpublish", args=(post.pk,))
        assert one.post_form(unpublish, {}).status == 302

        assert other.get(post.url).status == 404
        assert "Banana workers strike in Urabá" not in other.get(news_url).text

        publish = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        assert one.post_form(f"{publish}?id={post.pk}", {}).status == 302
        back = other.get(post.url)
        assert back.status == 200
        assert back.getheader("X-Cache") == "miss"
        assert "Banana workers strike in Urabá" in other.get(news_url).text
    finally:
        one.stop()
        other.stop()
