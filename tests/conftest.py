import io
import shutil
import uuid

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from wagtail.models import Locale, Page


@pytest.fixture
def private_cache(settings):
    """A default cache of this test's own, shared by every request it makes, as Redis is in
    production (the test settings' dummy cache keeps nothing)."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"test-{uuid.uuid4()}",
        },
    }
    yield caches["default"]
    caches["default"].clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per test session; each test runs in a rolled-back transaction
    on top of it."""
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        call_command("load_demo_content", site="testserver", stdout=io.StringIO())
        # Render every page once so image renditions exist before the tests' transactions
        # (otherwise each test would encode them again).
        client = Client()
        for page in Page.objects.live().filter(depth__gte=2):
            client.get(page.url)


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def spanish(db):
    return Locale.objects.get(language_code="es")


@pytest.fixture
def demo_pages(db, english):
    """Every live English demo page, as specific pages."""
    return list(
        Page.objects.live().filter(locale=english, depth__gte=2).specific().order_by("path")
    )


def login(client, username):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def admin_client(client, db):
    return login(client, "admin")


@pytest.fixture
def comms_client(client, db):
    return login(client, "comms")


@pytest.fixture
def translator_client(client, db):
    return login(client, "translator")


@pytest.fixture
def moderator_client(db):
    """A second browser session, for tests where Communications and a moderator take turns."""
    return login(Client(), "moderator")
