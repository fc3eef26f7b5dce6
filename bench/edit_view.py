"""Measure what editors wait for: the biggest page's editor and preview, and the big listings.

    .venv/bin/python bench/edit_view.py            # SQLite (a temporary file)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/edit_view.py
    .venv/bin/python bench/edit_view.py --posts 500 --images 500 --blocks 40 --repeat 10

Builds a throwaway test database with the demo site, adds an English campaign with --blocks body
blocks, --posts news posts and --images images, then, logged in as the superuser, requests the
admin views (editor, preview, page explorer, image listing and chooser) and prints a table:
queries of one warm request, the time of the first (cold) request, the median, 95th percentile
and slowest of --repeat more, their median CPU time, and the response's size.

On SQLite the database is a file in a temporary directory; on PostgreSQL a new database
(test_bench_edit_view_<pid>) beside the one DATABASE_URL names, which is not touched. Both are
dropped at the end; media go to the temporary directory.
"""

import argparse
import io
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

import wagtail  # noqa: E402
import wagtail_localize  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.images import ImageFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail import blocks  # noqa: E402
from wagtail.images.blocks import ImageBlock  # noqa: E402
from wagtail.search.backends import get_search_backends  # noqa: E402
from wagtail.test.utils.form_data import querydict_from_html  # noqa: E402

CACHES = {
    # What production runs with (config.settings.base): renditions and site root paths cached.
    "locmem": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    # What the test settings run with: every cache lookup goes to the database.
    "dummy": {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}},
}
CITIES = ["Seattle", "Portland", "Oakland", "Los Angeles", "Tucson", "San Salvador", "Bogotá"]
# One cycle of the big campaign's body: what a long campaign page is made of.
BODY_PATTERN = [
    "heading",
    "paragraph",
    "image",
    "paragraph",
    "quote",
    "heading",
    "paragraph",
    "image",
    "call_to_action_page",
    "paragraph",
    "heading",
    "priorities",
    "image",
    "paragraph",
    "embed",
    "call_to_action_url",
    "heading",
    "paragraph",
    "image",
    "document",
]


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--blocks", type=int, default=40, help="body blocks of the big campaign")
    parser.add_argument("--posts", type=int, default=500, help="news posts added under News")
    parser.add_argument("--images", type=int, default=500, help="images added to the library")
    parser.add_argument(
        "--repeat", type=int, default=10, help="timed requests per view, after one warm-up"
    )
    parser.add_argument(
        "--cache",
        choices=sorted(CACHES),
        default="locmem",
        help="Django cache: locmem as in production, dummy as in the test settings",
    )
    parser.add_argument(
        "--repeated-sql",
        type=int,
        default=0,
        metavar="N",
        help="also list, per view, the SQL statements one request runs N times or more "
        "(N+1 suspects; 0: don't)",
    )
    options = parser.parse_args()
    if options.blocks < 1 or options.repeat < 2:
        parser.error("--blocks must be at least 1 and --repeat at least 2")
    return options


# Content --------------------------------------------------------------------------------------


@contextmanager
def bulk_creation(model, created):
    """One transaction, and the search index updated once at the end rather than per object:
    the SQLite search backend recomputes its title norms over the whole index on each insert."""
    search = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with transaction.atomic():
        with override_settings(WAGTAILSEARCH_BACKENDS=search):
            yield
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, created)


def tiny_png(number):
    """A 64x64 PNG in a colour of its own, so each image has its own file and hash."""
    from PIL import Image as PillowImage

    colour = (number * 37 % 256, number * 91 % 256, number * 53 % 256)
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 64), colour).save(buffer, "PNG")
    return buffer.getvalue()


def add_images(count):
    from wagtail.images import get_image_model

    Image = get_image_model()
    images = []
    with bulk_creation(Image, images):
        for number in range(count):
            city = CITIES[number % len(CITIES)]
            image = Image(
                title=f"Bench photo {number:03}: solidarity march in {city}",
                caption=f"Marchers in {city}.",
                credit="Bench photographer",
                file=ImageFile(io.BytesIO(tiny_png(number)), name=f"bench-{number:03}.png"),
            )
            image._set_image_file_metadata()
            image.save()
            images.append(image)
    return images


def heading(number):
    return f"Section {number}: organizing in {CITIES[number % len(CITIES)]}"


def campaign_body(count, photos, document, page):
    """`count` body blocks in BODY_PATTERN's order, as StreamField data."""
    body = []
    for number in range(count):
        kind = BODY_PATTERN[number % len(BODY_PATTERN)]
        city = CITIES[number % len(CITIES)]
        if kind == "heading":
            value = {"text": heading(number), "level": "h2"}
        elif kind == "paragraph":
            value = (
                f"<p>Workers in {city} met delegations from partner unions; "
                f"<b>solidarity</b> grew into <a href='https://example.org/{number}'>joint "
                "campaigns</a>.</p><ul><li>Shared demands</li><li>Public meetings</li></ul>"
                "<p>A second paragraph tells what happened next, in a few sentences that "
                "an editor might write about a tour, a strike or a court case.</p>"
            )
        elif kind == "image":
            photo = photos[sum(block["type"] == "image" for block in body) % len(photos)]
            value = {
                "image": {
                    "image": photo.pk,
                    "alt_text": f"Marchers in {city}",
                    "decorative": False,
                },
                "caption": f"The march in {city} (block {number}).",
            }
        elif kind == "quote":
            value = {
                "quote": "Solidarity is a two-way street between workers of the north and south.",
                "attribution": f"An organizer from {city}",
            }
        elif kind == "call_to_action_page":
            kind, value = "call_to_action", {"text": "Invite a speaker", "page": page.pk, "url": ""}
        elif kind == "call_to_action_url":
            kind, value = (
                "call_to_action",
                {"text": "Become a sustainer", "page": None, "url": "https://example.org/donate"},
            )
        elif kind == "priorities":
            value = {
                "heading": "Our priorities",
                "items": [f"Priority {item} for {city}" for item in range(1, 6)],
            }
        elif kind == "embed":
            value = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        else:
            value = {"document": document.pk, "label": "Download the speaker's bio"}
        body.append({"type": kind, "value": value})
    return body


def add_campaign(count, photos):
    """The biggest page: a published English campaign with `count` body blocks."""
    from wagtail.documents import get_document_model

    from campaigns.models import CampaignIndexPage, CampaignPage, CampaignPartner
    from home.models import FormPage

    index = CampaignIndexPage.objects.get(locale__language_code="en")
    demo = CampaignPage.objects.child_of(index).first()
    form = FormPage.objects.filter(locale=index.locale).last()
    campaign = CampaignPage(
        title=f"Bench campaign with {count} blocks",
        slug="bench-campaign",
        locale=index.locale,
        summary="The biggest page editors open.",
        hero_image=photos[0],
        hero_alt="A march",
        body=campaign_body(count, photos, get_document_model().objects.first(), form),
        priorities_heading="Priorities",
        priorities=[{"type": "priority", "value": f"Priority {n}"} for n in range(1, 6)],
        cta_heading="Support the campaign",
        cta_text="Sustainers keep the tours on the road.",
        cta_button="Donate",
        contact_email="campaign@example.org",
        partners=[CampaignPartner(partner=link.partner) for link in demo.partners.all()],
    )
    index.add_child(instance=campaign)
    campaign.save_revision().publish()
    return demo, campaign


def add_posts(count, images):
    """`count` published English posts under News, each with a revision, image and author."""
    from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage

    index = BlogIndexPage.objects.get(locale__language_code="en")
    now = timezone.now()
    posts = []
    with bulk_creation(BlogPostPage, posts):
        for number in range(count):
            post = BlogPostPage(
                title=f"Bench post {number}",
                slug=f"bench-post-{number}",
                locale=index.locale,
                date=f"2024-{number % 12 + 1:02}-{number % 28 + 1:02}",
                hero_image=images[number % len(images)],
                hero_alt="A march",
                intro="A post made by the benchmark.",
                body=[{"type": "paragraph", "value": "<p>What happened, in a few words.</p>"}],
                authors=[BlogPostAuthor(locale=index.locale, name="Solidaridad staff")],
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            index.add_child(instance=post)
            # Published as publish() leaves it, without its log entry and signals (twice faster).
            revision = post.save_revision(clean=False)
            BlogPostPage.objects.filter(pk=post.pk).update(
                live_revision=revision, has_unpublished_changes=False
            )
            posts.append(post)
    return index


def build(options):
    """The demo site and the bench content; returns the pages measured and build times."""
    from home.models import CustomImage

    steps = []

    @contextmanager
    def step(what):
        started = time.perf_counter()
        yield
        steps.append(f"{what} {time.perf_counter() - started:.1f} s")

    with step("demo content"):
        call_command("load_demo_content", site="testserver", stdout=io.StringIO())
    photos = list(CustomImage.objects.exclude(title__startswith="Logo:").order_by("pk"))
    with step(f"{options.images} images"):
        images = add_images(options.images) or photos
    with step(f"campaign with {options.blocks} blocks"):
        demo_campaign, campaign = add_campaign(options.blocks, photos)
    with step(f"{options.posts} posts"):
        news = add_posts(options.posts, images)
    return demo_campaign, campaign, news, steps


# Preview form data ----------------------------------------------------------------------------


def block_form_data(block, value, prefix):
    """What the editor's JavaScript posts for a StreamField value, as {name: [values]}."""
    data = {}
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        children = list(value) if isinstance(block, blocks.StreamBlock) else value.bound_blocks
        data[f"{prefix}-count"] = [str(len(children))]
        for number, child in enumerate(children):
            child_prefix = f"{prefix}-{number}"
            data[f"{child_prefix}-deleted"] = [""]
            data[f"{child_prefix}-order"] = [str(number)]
            data[f"{child_prefix}-id"] = [child.id or ""]
            if isinstance(block, blocks.StreamBlock):
                data[f"{child_prefix}-type"] = [child.block_type]
            data |= block_form_data(child.block, child.value, f"{child_prefix}-value")
    elif isinstance(block, blocks.StructBlock):
        if isinstance(block, ImageBlock):  # its value is the image, alt text as attributes
            value = block._image_to_struct_value(value)
        for name, child_block in block.child_blocks.items():
            data |= block_form_data(child_block, value.get(name), f"{prefix}-{name}")
    elif isinstance(block, blocks.BooleanBlock):
        data[prefix] = ["on"] if value else []
    elif isinstance(block, blocks.ChooserBlock):
        data[prefix] = [str(value.pk) if value else ""]
    else:  # text, choices, URLs, rich text (as the editor's JSON)
        state = block.get_form_state(value)
        data[prefix] = state if isinstance(state, list) else ["" if state is None else state]
    return data


def preview_form_data(edit_html, page):
    """What the editor posts to refresh the preview: the edit form, its StreamFields included
    (the browser builds those; the HTML only carries them as JSON)."""
    data = querydict_from_html(edit_html, form_id="page-edit-form")
    for stream_field in page._meta.fields:
        if hasattr(stream_field, "stream_block"):
            name = stream_field.name
            value = getattr(page, name)
            for key, values in block_form_data(stream_field.stream_block, value, name).items():
                data.setlist(key, values)
    return data


# Measuring ------------------------------------------------------------------------------------


@dataclass
class Row:
    view: str
    queries: int
    first: float
    times: list  # wall-clock ms
    cpu_times: list  # this process's CPU ms: what the machine's other load does not inflate
    size: int
    sql: list = field(default_factory=list)

    def cells(self):
        p95 = statistics.quantiles(self.times, n=20, method="inclusive")[-1]
        return [
            self.view,
            str(self.queries),
            f"{self.first:.0f}",
            f"{statistics.median(self.times):.0f}",
            f"{p95:.0f}",
            f"{max(self.times):.0f}",
            f"{statistics.median(self.cpu_times):.0f}",
            f"{self.size / 1024:.0f}",
        ]


def check(response, view, expected=None):
    """Fail loudly unless the response is a 200 (with `expected` in it, when given)."""
    if response.status_code != 200:
        raise SystemExit(f"{view}: HTTP {response.status_code}")
    if expected and expected.encode() not in response.content:
        raise SystemExit(f"{view}: {expected!r} not in the response")
    return response


def measure(view, request, expected=None, repeat=10):
    """Make `request` (a function making one request): a warm-up whose time is the cold
    figure, one with its queries counted, then `repeat` timed ones."""

    def timed():
        start, start_cpu = time.perf_counter(), time.process_time()
        check(request(), view, expected)
        return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000

    first, _ = timed()
    with CaptureQueriesContext(connection) as captured:
        response = check(request(), view, expected)
    sql = [query["sql"] for query in captured.captured_queries]  # read before the next request
    times, cpu_times = zip(*(timed() for _ in range(repeat)), strict=True)
    return Row(view, len(sql), first, times, cpu_times, len(response.content), sql), response


def measure_views(options, demo_campaign, campaign, news):
    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    rows = []

    def get(view, url, expected=None, **headers):
        row, response = measure(view, lambda: client.get(url, **headers), expected, options.repeat)
        rows.append(row)
        return response

    get(
        f"edit: demo campaign, {len(demo_campaign.body)} blocks",
        reverse("wagtailadmin_pages:edit", args=[demo_campaign.pk]),
        expected=demo_campaign.title,
    )
    edit = get(
        f"edit: bench campaign, {options.blocks} blocks",
        reverse("wagtailadmin_pages:edit", args=[campaign.pk]),
        expected=heading(0),
    )

    # The preview panel posts the form on each change, then loads the preview.
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[campaign.pk])
    form_data = preview_form_data(edit.content.decode(), type(campaign).objects.get(pk=campaign.pk))

    def post_preview():
        response = client.post(preview_url, form_data)
        if response.status_code == 200 and not response.json()["is_valid"]:
            raise SystemExit("preview: the posted edit form is not valid")
        return response

    row, _ = measure(
        f"preview: post form, {options.blocks} blocks", post_preview, repeat=options.repeat
    )
    rows.append(row)
    get(f"preview: render, {options.blocks} blocks", preview_url, expected=heading(0))

    explore = reverse("wagtailadmin_explore", args=[news.pk])
    post = "Bench post" if options.posts else None
    response = get("explorer: News, page 1", explore, expected=post)
    paginator = response.context_data["page_obj"].paginator
    rows[-1].view += f" ({len(response.context_data['page_obj'])} of {paginator.count} posts)"
    if paginator.num_pages > 1:
        last = paginator.num_pages
        get(
            f"explorer: News, page {last} ({len(paginator.page(last))} posts)",
            f"{explore}?p={last}",
        )

    images = reverse("wagtailimages:index")
    photo = "Bench photo" if options.images else None
    response = get("images: listing", images, expected=photo)
    page_obj = response.context_data["page_obj"]
    rows[-1].view += f" ({len(page_obj)} of {page_obj.paginator.count})"
    get("images: listing, search 'march'", f"{images}?q=march", expected=photo)
    # The chooser modal is loaded by the editor's JavaScript.
    xhr = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    get("image chooser: open", reverse("wagtailimages_chooser:choose"), **xhr)
    results = reverse("wagtailimages_chooser:choose_results")
    get("image chooser: search 'march'", f"{results}?q=march", expected=photo, **xhr)
    return rows


# Report ---------------------------------------------------------------------------------------


def describe_machine(database_name):
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = models[0] if models else cpu
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            host = connection.settings_dict["HOST"] or "local socket"
            database = f"PostgreSQL {cursor.fetchone()[0]}, database {database_name} on {host}"
        else:
            cursor.execute("SELECT sqlite_version()")
            database = f"SQLite {cursor.fetchone()[0]}, file {database_name}"
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return [
        f"machine:  {cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}{load}",
        f"software: Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, wagtail-localize {wagtail_localize.__version__}",
        f"database: {database}; cache: {cache}",
    ]


def print_table(rows):
    header = ["view", "queries", "first ms", "median ms", "p95 ms", "max ms", "cpu ms", "KB"]
    table = [header, *(row.cells() for row in rows)]
    widths = [max(len(line[column]) for line in table) for column in range(len(header))]
    for line in table:
        cells = [
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells))


def print_repeated_sql(rows, threshold):
    for row in rows:
        shapes = Counter(re.sub(r"'[^']*'|\b\d+\b", "?", statement) for statement in row.sql)
        repeated = [(count, shape) for shape, count in shapes.most_common() if count >= threshold]
        if repeated:
            print(f"\n{row.view}: statements run {threshold} times or more")
            for count, shape in repeated:
                print(f"  {count:>4} x {shape[:150]}")


def main():
    options = parse_args()
    workspace = Path(tempfile.mkdtemp(prefix="bench-edit-view-"))
    # A database and media of our own: the test suite's (.test-db.sqlite3, test_<name>,
    # .test-media) may be in use by a test run in the same checkout.
    test_database = connection.settings_dict.setdefault("TEST", {})
    if connection.vendor == "sqlite":
        test_database["NAME"] = str(workspace / "db.sqlite3")
    else:
        test_database["NAME"] = f"test_bench_edit_view_{os.getpid()}"
    overrides = override_settings(MEDIA_ROOT=str(workspace / "media"), CACHES=CACHES[options.cache])
    overrides.enable()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        demo_campaign, campaign, news, steps = build(options)
        for line in describe_machine(test_database["NAME"]):
            print(line)
        print("built:    " + ", ".join(steps))
        print(
            f"requests: per view, 1 warm-up (first ms), 1 with queries counted, {options.repeat} "
            "timed (cpu ms: median CPU time of this process, database server excluded); "
            "django.test.Client, logged in as the superuser"
        )
        print()
        rows = measure_views(options, demo_campaign, campaign, news)
        print_table(rows)
        if options.repeated_sql:
            print_repeated_sql(rows, options.repeated_sql)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        overrides.disable()
        shutil.rmtree(workspace, ignore_errors=True)


if __name__ == "__main__":
    main()
