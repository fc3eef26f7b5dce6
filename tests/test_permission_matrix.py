"""The permission matrix (issue 14): every role against every write path of the admin, the
outcome read from the database, not from the status code.

Roles: an anonymous visitor and the three staff groups (design.md). Paths: the ways a page,
snippet, setting, image, document, collection, user or group can be changed or published,
through Wagtail's views, its bulk actions and wagtail-localize's views. Each path is a function
that tries the write as `client`'s user and tells whether it happened (or, where the write
waits for the transaction's commit, returns a function that tells).

The admin's URL patterns are read from the resolver: a wagtail-localize view, a page view or a
bulk action that appears with an upgrade and is neither tried here nor reviewed as harmless
fails `test_every_admin_write_view_is_in_the_matrix`.
"""

import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from campaigns.models import Committee
from home.models import SiteSettings
from tests.conftest import login
from tests.test_boundaries import link_segment_from_before

pytestmark = pytest.mark.django_db

ROLES = [None, "comms", "moderator", "translator"]


def about(locale_code):
    return Page.objects.get(
        locale__language_code=locale_code, url_path__endswith="/about/"
    ).specific


def spanish_about():
    return Page.objects.get(locale__language_code="es", slug="quienes-somos").specific


def english_about():
    return Page.objects.get(locale__language_code="en", slug="about").specific


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


def put(client, url, value):
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def live_title(page):
    return Page.objects.get(pk=page.pk).title


# Write paths: each tries one change as the client's user and returns True if it happened.


def about_form(title, **fields):
    """The English About page's edit form, as the editor posts it with Publish."""
    page = english_about()
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>Changed.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
            **fields,
        }
    )


def edit_and_publish_english(client):
    page = english_about()
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), about_form("Published by the matrix")
    )
    return live_title(page) == "Published by the matrix"


def bulk_publish_english(client):
    page = english_about()
    page.title = "Bulk published"
    page.save_revision()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={page.pk}", {})
    return live_title(page) == "Bulk published"


def bulk_unpublish_english(client):
    page = english_about()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "unpublish"))
    client.post(f"{url}?id={page.pk}", {})
    return not Page.objects.get(pk=page.pk).live


def unpublish_english(client):
    page = english_about()
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return not Page.objects.get(pk=page.pk).live


def delete_english(client):
    page = english_about()
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return not Page.objects.filter(pk=page.pk).exists()


def bulk_delete_english(client):
    page = english_about()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    client.post(f"{url}?id={page.pk}", {})
    return not Page.objects.filter(pk=page.pk).exists()


def copy_and_publish_english(client):
    page = english_about()
    client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {
            "new_title": "Copied by the matrix",
            "new_slug": "copied-by-the-matrix",
            "new_parent_page": page.get_parent().pk,
            "publish_copies": "on",
        },
    )
    return Page.objects.filter(slug="copied-by-the-matrix", live=True).exists()


def revert_and_publish_english(client):
    page = english_about()
    old = page.save_revision()
    page.title = "Later draft"
    page.save_revision()
    # The revert view shows the old revision in the editor, which posts to the edit view with
    # the revision's id.
    client.get(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk]))
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        about_form("Reverted and published", revision=old.pk),
    )
    return live_title(page) == "Reverted and published"


def write_through_the_admin_api(client):
    """The admin API (the explorer and choosers read it) is read-only, whatever the method."""
    page = english_about()
    url = f"/admin/api/main/pages/{page.pk}/"
    body = json.dumps({"title": "Written through the API"})
    for method in (client.put, client.patch, client.post):
        method(url, body, content_type="application/json")
    client.delete(url)
    return not Page.objects.filter(pk=page.pk).exists() or (
        live_title(page) == "Written through the API"
    )


def publish_english_through_the_admin_api(client):
    """The admin API's actions keep Wagtail's rules, though anyone may read a page's details
    (home.admin_api)."""
    page = english_about()
    page.title = "Published through the API"
    page.save_revision()
    client.post(f"/admin/api/main/pages/{page.pk}/action/publish/", {})
    return live_title(page) == "Published through the API"


def set_privacy_english(client):
    page = english_about()
    client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": "password", "password": "matrix"},
    )
    return PageViewRestriction.objects.filter(page=page).exists()


def lift_privacy_spanish(client):
    english = english_about()
    PageViewRestriction.objects.create(page=english, restriction_type="password", password="x")
    page = spanish_about()
    client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": "none"}
    )
    return not PageViewRestriction.objects.filter(page=page).exists()


def add_spanish_page(client):
    parent = spanish_about()
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.pk))
    client.post(
        url,
        nested_form_data(
            {
                "title": "Nueva",
                "slug": "nueva",
                "intro": "",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        ),
    )
    return Page.objects.filter(slug="nueva").exists()


def translate_and_publish_spanish(client):
    page = spanish_about()
    translation = translation_of(page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    put(
        client,
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "Publicado por la matriz",
    )
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    # wagtail-localize publishes once the request's transaction commits.
    return lambda: (
        Page.objects.get(pk=page.pk).live_revision.content["title"] == ("Publicado por la matriz")
    )


def upload_po_file(client):
    page = spanish_about()
    translation = translation_of(page)
    po = translation.export_po()
    entry = next(e for e in po if e.msgid == english_about().title)
    entry.msgstr = "Traducido por PO"
    upload = SimpleUploadedFile("about.po", str(po).encode(), "text/x-gettext-translation")
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    return StringTranslation.objects.filter(data="Traducido por PO").exists()


def machine_translate(client):
    translation = translation_of(spanish_about())
    before = StringTranslation.objects.count()
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    return StringTranslation.objects.count() != before


def override_routing(client):
    """Any override but an image or a document: a link, an address, a chosen page. The editor
    offers none (home.boundaries); this one is stored as extracted before that fix."""
    translation = translation_of(spanish_about())
    segment = link_segment_from_before(translation)
    put(
        client,
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        "https://evil.example/",
    )
    return SegmentOverride.objects.exists()


def override_image(client):
    page = Page.objects.get(locale__language_code="es", slug="de-trabajador-a-trabajador")
    translation = translation_of(page)
    segment = OverridableSegment.objects.get(source=translation.source, context__path="hero_image")
    put(
        client,
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        json.loads(segment.data_json),
    )
    return SegmentOverride.objects.exists()


def submit_english_for_translation(client):
    home = Page.objects.get(locale__language_code="en", depth=2)
    page = home.add_child(instance=english_about().__class__(title="New", slug="new-page"))
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [Page.objects.get(slug="quienes-somos").locale_id]},
    )
    return Page.objects.filter(translation_key=page.translation_key).count() == 2


def submit_spanish_into_english(client):
    page = spanish_about()
    english_about().delete()
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english_about_locale_id()]},
    )
    return Page.objects.filter(translation_key=page.translation_key).count() == 2


def english_about_locale_id():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en").pk


def submit_snippet_for_translation(client):
    committee = Committee.objects.create(name="Austin committee", city="Austin", email="a@x.org")
    client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["campaigns", "committee", committee.pk],
        ),
        {"locales": [spanish_about().locale_id]},
    )
    return Committee.objects.filter(translation_key=committee.translation_key).count() == 2


def sync_without_publishing(client):
    source = TranslationSource.objects.get(object_id=english_about().translation_key)
    before = source.last_updated_at
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    source.refresh_from_db()
    return source.last_updated_at != before


def sync_and_publish(client):
    """Publishes the Spanish page anew, whatever its review (a draft's text, where the source
    was never published)."""
    page = english_about()
    source = TranslationSource.objects.get(object_id=page.translation_key)
    spanish = spanish_about()
    revision = spanish.live_revision_id
    client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    # wagtail-localize publishes once the request's transaction commits.
    return lambda: Page.objects.get(pk=spanish.pk).live_revision_id != revision


def convert_to_alias(client):
    page = spanish_about()
    client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    return Page.objects.get(pk=page.pk).alias_of_id is not None


def stop_translation(client):
    translation = translation_of(spanish_about())
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    return not Translation.objects.get(pk=translation.pk).enabled


def restart_translation(client):
    page = spanish_about()
    translation = translation_of(page)
    Translation.objects.filter(pk=translation.pk).update(enabled=False)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {"localize-restart-translation": "1"}
    )
    return Translation.objects.get(pk=translation.pk).enabled


def plain_edit_spanish_form(client):
    """The plain editor of a translation whose synchronization stopped: recipients are fields."""
    page = Page.objects.get(locale__language_code="es", slug="contacto").specific
    Translation.objects.filter(pk=translation_of(page).pk).update(enabled=False)
    fields = [
        {
            "id": field.pk,
            "label": field.label,
            "field_type": field.field_type,
            "required": field.required,
            "choices": field.choices,
            "default_value": field.default_value,
            "help_text": field.help_text,
        }
        for field in page.form_fields.all()
    ]
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": rich_text(page.intro),
            "thank_you_text": rich_text(page.thank_you_text),
            "form_fields": inline_formset(fields, initial=len(fields)),
            "to_address": "attacker@evil.example",
            "from_address": page.from_address,
            "subject": page.subject,
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    return Page.objects.get(pk=page.pk).specific.to_address == "attacker@evil.example"


def snippet_url(obj, action="edit"):
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{action}", args=[obj.pk])


def committee_form(committee, **changes):
    return {"name": committee.name, "city": committee.city, "email": committee.email, **changes}


def edit_and_publish_english_committee_email(client):
    """Snippets are reviewed like pages: only a moderator's Publish makes a change live."""
    committee = Committee.objects.get(locale__language_code="en", email="seattle@example.org")
    client.post(
        snippet_url(committee),
        committee_form(committee, email="x@evil.example", **{"action-publish": "publish"}),
    )
    return Committee.objects.get(pk=committee.pk).email == "x@evil.example"


def submit_english_committee_for_review(client):
    committee = Committee.objects.get(locale__language_code="en", email="seattle@example.org")
    client.post(
        snippet_url(committee),
        committee_form(committee, city="Seattle, WA", **{"action-submit": "submit"}),
    )
    committee = Committee.objects.get(pk=committee.pk)
    return committee.workflow_in_progress and committee.city == "Seattle"


def unpublish_english_committee(client):
    committee = Committee.objects.get(locale__language_code="en", email="seattle@example.org")
    client.post(snippet_url(committee, "unpublish"))
    return not Committee.objects.get(pk=committee.pk).live


def translate_spanish_snippet(client):
    committee = Committee.objects.get(locale__language_code="es", email="seattle@example.org")
    translation = translation_of(committee)
    segment = StringSegment.objects.get(source=translation.source, context__path="name")
    put(
        client,
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "Comité escrito por la matriz",
    )
    return StringTranslation.objects.filter(data="Comité escrito por la matriz").exists()


def delete_spanish_committee(client):
    committee = Committee.objects.get(locale__language_code="es", email="seattle@example.org")
    client.post(snippet_url(committee, "delete"))
    return not Committee.objects.filter(pk=committee.pk).exists()


def delete_live_english_committee(client):
    """Takes the committee off the English and Spanish forms: as unpublishing does."""
    committee = Committee.objects.get(locale__language_code="en", email="seattle@example.org")
    client.post(snippet_url(committee, "delete"))
    return not Committee.objects.filter(pk=committee.pk).exists()


def edit_spanish_committee_email(client):
    committee = Committee.objects.get(locale__language_code="es", email="seattle@example.org")
    Translation.objects.filter(pk=translation_of(committee).pk).update(enabled=False)
    client.post(
        snippet_url(committee),
        committee_form(committee, email="x@evil.example", **{"action-publish": "publish"}),
    )
    return Committee.objects.get(pk=committee.pk).email == "x@evil.example"


def edit_site_settings_donate_link(client):
    settings = SiteSettings.objects.get()
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", settings.site_id])
    data = {field.name: getattr(settings, field.name) for field in SiteSettings._meta.fields}
    del data["id"], data["site"]
    data["donate_url"] = "https://evil.example/donate"
    client.post(url, data)
    return SiteSettings.objects.filter(donate_url="https://evil.example/donate").exists()


def redirect_a_page_away(client):
    """A redirect answers visitors the moment it is saved: `/en/about` (no trailing slash) sent
    to another site, as found on the production server."""
    client.post(
        reverse("wagtailredirects:add"),
        {"old_path": "/en/about", "is_permanent": "on", "redirect_link": "https://evil.example/"},
    )
    return Redirect.objects.filter(redirect_link="https://evil.example/").exists()


def edit_image(client):
    image = get_image_model().objects.first()
    client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Retitled", "collection": image.collection_id, "tags": ""},
    )
    return get_image_model().objects.get(pk=image.pk).title == "Retitled"


def delete_document(client):
    # A document of its own: deleting one deletes its file once the transaction commits, which
    # the test's rollback would not bring back for the tests after it.
    document = get_document_model()(title="Matrix leaflet")
    document.file.save("matrix-leaflet.txt", ContentFile(b"Leaflet"), save=False)
    document.save()
    client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    return not get_document_model().objects.filter(pk=document.pk).exists()


def add_collection(client):
    root = Collection.get_first_root_node()
    client.post(reverse("wagtailadmin_collections:add"), {"name": "Matrix", "parent": root.pk})
    return Collection.objects.filter(name="Matrix").exists()


def add_user(client):
    client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "intruder",
            "email": "intruder@evil.example",
            "first_name": "I",
            "last_name": "N",
            "password1": "a-Long-passw0rd!",
            "password2": "a-Long-passw0rd!",
            "is_superuser": "on",
        },
    )
    return get_user_model().objects.filter(username="intruder").exists()


def delete_group(client):
    group = Group.objects.get(name="Translators")
    client.post(reverse("wagtailusers_groups:delete", args=[group.pk]))
    return not Group.objects.filter(pk=group.pk).exists()


# path -> the roles for whom the write happens (design.md's "does" column; everything else
# is its "must never"). Administrators are not in the matrix: they may do everything.
MATRIX = {
    edit_and_publish_english: {"moderator"},
    bulk_publish_english: {"moderator"},
    bulk_unpublish_english: {"moderator"},
    unpublish_english: {"moderator"},
    delete_english: {"moderator"},
    bulk_delete_english: {"moderator"},
    copy_and_publish_english: {"moderator"},
    revert_and_publish_english: {"moderator"},
    write_through_the_admin_api: set(),
    publish_english_through_the_admin_api: {"moderator"},
    set_privacy_english: {"moderator"},  # Wagtail asks for the publish right
    lift_privacy_spanish: set(),
    add_spanish_page: set(),
    translate_and_publish_spanish: {"translator"},
    upload_po_file: {"translator"},
    machine_translate: set(),  # no machine translator is configured
    override_routing: set(),
    override_image: {"translator"},
    submit_english_for_translation: {"comms", "moderator"},
    submit_spanish_into_english: set(),
    submit_snippet_for_translation: {"comms", "moderator"},
    sync_without_publishing: {"comms", "moderator"},
    sync_and_publish: set(),
    convert_to_alias: set(),
    stop_translation: set(),
    restart_translation: {"translator"},
    plain_edit_spanish_form: set(),
    edit_and_publish_english_committee_email: {"moderator"},
    submit_english_committee_for_review: {"comms", "moderator"},
    unpublish_english_committee: {"moderator"},
    edit_spanish_committee_email: set(),
    translate_spanish_snippet: {"translator"},
    delete_spanish_committee: set(),
    delete_live_english_committee: {"moderator"},
    # Both live on saving, with no review: the moderators' (home migration 0013).
    edit_site_settings_donate_link: {"moderator"},
    redirect_a_page_away: {"moderator"},
    edit_image: {"comms", "moderator"},
    delete_document: {"comms", "moderator"},  # they keep the media library
    add_collection: set(),
    add_user: set(),
    delete_group: set(),
}


@pytest.mark.parametrize("path", MATRIX, ids=lambda path: path.__name__)
@pytest.mark.parametrize("role", ROLES, ids=lambda role: role or "anonymous")
def test_permission_matrix(role, path, django_capture_on_commit_callbacks):
    client = Client()
    if role:
        login(client, role)
    with django_capture_on_commit_callbacks(execute=True):
        happened = path(client)
    happened = happened() if callable(happened) else happened
    expected = role in MATRIX[path]
    assert happened == expected, (
        f"{role or 'anonymous'} {'could not' if expected else 'could'} {path.__name__}"
    )


# Admin views that write nothing a role could misuse, reviewed one by one. With the paths of
# MATRIX (by the URL names they post to), they must cover every view below.
COVERED_BY_MATRIX = {
    "wagtail_localize:submit_page_translation",
    "wagtail_localize:submit_snippet_translation",
    "wagtail_localize:update_translations",
    "wagtail_localize:edit_string_translation",
    "wagtail_localize:edit_override",
    "wagtail_localize:upload_pofile",
    "wagtail_localize:machine_translate",
    "wagtail_localize:stop_translation",
    "wagtail_localize:convert_to_alias",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:delete",
    "wagtailadmin_pages:unpublish",
    "wagtailadmin_pages:set_privacy",
    "wagtailadmin_pages:revisions_revert",
}
REVIEWED_HARMLESS = {
    "wagtail_localize:javascript_catalog": "translations of the editor's own strings",
    "wagtail_localize:download_pofile": "reads (the translation's target is checked)",
    "wagtail_localize:preview_translation": "reads (the translation's target is checked)",
    "wagtail_localize:translations_report": "reads",
    "wagtail_localize:translations_report_results": "reads",
    "wagtail_localize:snippets_api_listing": "reads",
    "wagtail_localize:snippets_api_detail": "reads",
}
# Page views that change no content a visitor sees, or only as `edit`, `unpublish`... do.
PAGE_VIEWS_REVIEWED = {
    "add_subpage",
    "create",
    "create_alias",
    "preview_on_add",
    "preview_on_edit",
    "preview_on_create",
    "preview_on_edit_refresh",
    "preview_on_add_refresh",
    "preview_for_moderation",
    "view_draft",
    "move",
    "move_confirm",
    "lock",
    "unlock",
    "revisions_index",
    "revisions_view",
    "revisions_compare",
    "revisions_unschedule",
    "workflow_history",
    "workflow_history_detail",
    "history",
    "history_results",
    "usage",
    "type_use",
    "search",
    "search_results",
    "listing_results",
    "workflow_action",
    "collect_workflow_action_data",
    "confirm_workflow_cancellation",
    "workflow_preview",
    "workflow_status",
    "convert_alias",
    "edit_alias",
    "preview_revision_for_moderation",
    "approve_moderation",
    "reject_moderation",
    "revisions_preview",
    "revisions_unschedule_confirm",
    "usage_results",
    "copy_for_translation",
    "type_use_results",
    "choose_parent",
    "set_page_position",  # reorders siblings (the "change" right), publishes nothing
}


def admin_url_names():
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    admin = next(p for p in get_resolver().url_patterns if str(p.pattern) == "admin/")
    walk(admin.url_patterns, None)
    return names


def test_every_admin_write_view_is_in_the_matrix():
    names = admin_url_names()
    localize = {name for name in names if name.startswith("wagtail_localize:")}
    assert localize - COVERED_BY_MATRIX - REVIEWED_HARMLESS.keys() == set(), (
        "a wagtail-localize view is neither tried by the matrix nor reviewed"
    )
    pages = {name for name in names if name.startswith("wagtailadmin_pages:")}
    unknown = {
        name for name in pages - COVERED_BY_MATRIX if name.split(":")[1] not in PAGE_VIEWS_REVIEWED
    }
    assert unknown == set(), "a page view is neither tried by the matrix nor reviewed"
    # Bulk actions on pages: each one a user can run is tried above or cannot publish.
    bulk_action_registry._scan_for_bulk_actions()
    page_actions = set(bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page"))
    assert {action.action_type for action in page_actions} == {
        "publish",  # bulk_publish_english
        "unpublish",  # bulk_unpublish_english
        "delete",  # bulk_delete_english
        "move",  # moves, does not publish
    }


# Refused to administrators too: no one may do these (home.boundaries), or nothing can.
NO_ONE = {
    override_routing,
    submit_spanish_into_english,
    convert_to_alias,
    machine_translate,
    write_through_the_admin_api,
}


@pytest.mark.parametrize("path", sorted(set(MATRIX) - NO_ONE, key=lambda path: path.__name__))
def test_each_path_of_the_matrix_can_write(admin_client, path, django_capture_on_commit_callbacks):
    """As an administrator, each path does write: a refusal in the matrix is the role's, not
    a broken attempt."""
    with django_capture_on_commit_callbacks(execute=True):
        happened = path(admin_client)
    assert happened() if callable(happened) else happened, path.__name__
