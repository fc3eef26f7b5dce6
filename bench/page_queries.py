"""The pages make bench measures, their URLs and their queries, on one benchmark database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_1k PAGE_CACHE_TIMEOUT=0 \\
        .venv/bin/python bench/page_queries.py

Run by bench/serve_load.py with the environment it gives gunicorn (production settings, its
Redis), plus `testserver` in ALLOWED_HOSTS. Finds, in English and Spanish, the home page, the
home page's featured campaign, the demo's first tour, the partner index, the demo's first post,
the posts index (News) and a search, from the database (their url_path, not slugs written
here); requests each with django.test.Client, once to warm up (renditions are made, Wagtail's
caches filled) and once with its queries counted; and prints one line of JSON: the pages, and
how much content the database holds.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from blog.models import BlogIndexPage, BlogPostPage  # noqa: E402
from campaigns.models import CampaignPage, PartnerIndexPage, PartnerPage, TourPage  # noqa: E402
from home.models import HomePage  # noqa: E402

LANGUAGES = ["en", "es"]
SEARCHES = {"en": "solidarity", "es": "solidaridad"}


def translations(page):
    """{language: the page's live version in it}."""
    found = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True).live().select_related("locale")
    }
    missing = [language for language in LANGUAGES if language not in found]
    if missing:
        raise SystemExit(f"{page.title!r} has no live version in {', '.join(missing)}")
    return found


def first_child(model, parent_model):
    """The first page of `model` (by tree order) under the English page of `parent_model`."""
    parent = parent_model.objects.get(locale__language_code="en")
    page = model.objects.child_of(parent).live().order_by("path").first()
    if page is None:
        raise SystemExit(f"no live {model.__name__} under {parent.title!r}")
    return page


def pages():
    """[(name, language, url)] of the pages measured."""
    from campaigns.models import TourIndexPage

    home = HomePage.objects.get(locale__language_code="en")
    campaign = home.featured_campaign or first_child(CampaignPage, type(home))
    chosen = {
        "home": translations(home),
        "campaign": translations(campaign),
        "tour": translations(first_child(TourPage, TourIndexPage)),
        "partner index": translations(PartnerIndexPage.objects.get(locale__language_code="en")),
        "post": translations(first_child(BlogPostPage, BlogIndexPage)),
        "posts index": translations(BlogIndexPage.objects.get(locale__language_code="en")),
    }
    found = []
    for name, versions in chosen.items():
        for language in LANGUAGES:
            url = versions[language].get_url()
            if not url:
                raise SystemExit(f"{versions[language].title!r} has no URL")
            found.append((name, language, url))
    for language in LANGUAGES:
        with translation.override(language):
            found.append(("search", language, f"{reverse('search')}?q={SEARCHES[language]}"))
    return found


def content():
    """How much the database holds, per language where it has languages."""
    from wagtail.search.models import IndexEntry

    english = Locale.objects.get(language_code="en")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        size = cursor.fetchone()[0]
    return {
        "posts": BlogPostPage.objects.filter(locale=english).count(),
        "partners": PartnerPage.objects.filter(locale=english).count(),
        "tours": TourPage.objects.filter(locale=english).count(),
        "pages": Page.objects.count(),
        "search entries": IndexEntry.objects.count(),
        "database MB": round(size / 2**20),
    }


def main():
    client = Client()
    measured = []
    for name, language, url in pages():
        warm_up = client.get(url)
        if warm_up.status_code != 200:
            raise SystemExit(f"{url}: HTTP {warm_up.status_code}")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        measured.append(
            {
                "page": name,
                "language": language,
                "url": url,
                "status": response.status_code,
                "queries": len(captured.captured_queries),
                "bytes": len(response.content),
            }
        )
    print(json.dumps({"pages": measured, "content": content()}))


if __name__ == "__main__":
    main()
