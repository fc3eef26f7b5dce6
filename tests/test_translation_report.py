"""The translation status report: each state, counts, filters, CSV, permissions, constant queries."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from blog.models import BlogIndexPage
from campaigns.models import Committee
from home.translation_status import State, translation_status
from tests.factories import BlogPostPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db
REPORT = reverse("translation_report")


def translate_string(source, path, locale, text):
    """What the translation editor stores when a translator saves one string."""
    segment = StringSegment.objects.get(source=source, context__path=path)
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context, locale=locale, data=text
    )


def states(rows):
    return {row.title: row for row in rows}


@pytest.fixture
def pages_in_each_state(english, spanish, django_capture_on_commit_callbacks):
    """About: out of date; a new page: not started; a post with three strings left (intro, hero
    alt text, slug): in progress."""
    about = Page.objects.get(locale=english, slug="about").specific
    about.intro = "We are a movement organization, since 2004."
    about.save_revision().publish()

    home = Page.objects.get(locale=english, depth=2)
    StandardPageFactory(parent=home, title="Brand new page")

    index = BlogIndexPage.objects.get(locale=english)
    post = BlogPostPageFactory(parent=index, title="Half translated post")
    post.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(post)
    translate_string(source, "title", spanish, "Publicación a medias")
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.create(source=source, target_locale=spanish).save_target(publish=False)


def test_each_state_is_reported(pages_in_each_state):
    rows = states(translation_status())
    assert rows["About us"].state == State.OUT_OF_DATE
    assert rows["Brand new page"].state == State.NOT_STARTED
    assert rows["Half translated post"].state == State.IN_PROGRESS
    assert (rows["Half translated post"].translated, rows["Half translated post"].total) == (1, 4)
    assert rows["Worker to Worker Solidarity Campaign"].state == State.UP_TO_DATE
    assert rows["Seattle committee"].state == State.UP_TO_DATE
    # Published English reaches the translation editor at once (home.handoffs): no Sync needed.
    assert rows["About us"].synced_at > rows["About us"].source_updated_at
    about = rows["About us"]
    about.offer_to(may_submit=False, translates=True)
    assert about.action_url == about.target_edit_url != ""


def test_report_page_counts_filters_and_links(comms_client, pages_in_each_state):
    response = comms_client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 of 4 strings" in html
    assert 'data-state="out-of-date"' in html
    new_page = Page.objects.get(title="Brand new page")
    assert reverse("wagtail_localize:submit_page_translation", args=[new_page.pk]) in html

    response = comms_client.get(REPORT, {"state": State.OUT_OF_DATE})
    assert [row.title for row in response.context["rows"]] == ["About us"]
    totals = {state: total for state, _, total in response.context["totals"]}
    assert totals[State.OUT_OF_DATE] == 1 and totals[State.NOT_STARTED] == 1
    assert totals[State.IN_PROGRESS] == 1

    blog_type = Page.objects.get(title="Half translated post").content_type_id
    response = comms_client.get(REPORT, {"kind": blog_type})
    assert {row.kind for row in response.context["rows"]} == {"blog post"}

    assert comms_client.get(REPORT, {"state": "nonsense", "kind": "x"}).status_code == 200


def test_csv_export(comms_client, pages_in_each_state):
    response = comms_client.get(REPORT, {"export": "csv", "state": State.NOT_STARTED})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Title"
    assert [row[0] for row in rows[1:]] == ["Brand new page"]


def test_translators_see_the_report_in_spanish_without_sync_links(
    translator_client, pages_in_each_state
):
    response = translator_client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Estado de la traducción" in html
    assert "/admin/localize/update/" not in html and "/admin/localize/submit/" not in html


def test_dashboard_panel_shows_the_counts(comms_client, pages_in_each_state):
    response = comms_client.get(reverse("wagtailadmin_home"))
    assert REPORT + "?state=out-of-date" in response.content.decode()


def test_users_without_page_rights_do_not_see_it(client):
    user = get_user_model().objects.create_user("visitor", password="x")
    client.force_login(user)
    assert client.get(REPORT).status_code in (302, 403)


def report_queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(REPORT).status_code == 200
    return len(captured)


def test_report_queries_do_not_grow_with_pages(comms_client, english):
    index = BlogIndexPage.objects.get(locale=english)
    for number in range(10):
        BlogPostPageFactory(parent=index, title=f"Bulk post {number}")
    small = report_queries(comms_client)
    for number in range(10, 200):
        BlogPostPageFactory(parent=index, title=f"Bulk post {number}")
    assert report_queries(comms_client) == small


def test_synced_page_is_out_of_date_until_its_translation_is_published(
    english, spanish, django_capture_on_commit_callbacks
):
    about = Page.objects.get(locale=english, slug="about").specific
    about.intro = "We are a movement organization, since 2004."
    about.save_revision().publish()
    source = TranslationSource.objects.get(object_id=about.translation_key, locale=english)
    source.update_from_db()  # what "Sync translated pages" does

    row = states(translation_status())["About us"]
    assert row.state == State.OUT_OF_DATE
    assert not row.needs_sync and not row.sync_url  # nothing left to sync: translate
    assert row.translated == row.total - 1

    translate_string(source, "intro", spanish, "Somos una organización de movimiento, desde 2004.")
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=spanish).save_target(publish=True)
    assert states(translation_status())["About us"].state == State.UP_TO_DATE


def test_snippet_edited_in_english_is_out_of_date(comms_client, english):
    committee = Committee.objects.get(locale=english, email="seattle@example.org")
    url = reverse("wagtailsnippets_campaigns_committee:edit", args=[committee.pk])
    response = comms_client.post(
        url, {"name": "Seattle committee", "city": "Seattle and Tacoma", "email": committee.email}
    )
    assert response.status_code == 302
    assert states(translation_status())["Seattle committee"].state == State.OUT_OF_DATE
