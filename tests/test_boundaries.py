"""Each boundary of design.md's "must never" column, attacked through the views that were found
to go around it (issue 14): wagtail-localize's sync, submit, override, alias and stop views,
the plain editor of a translation, /media/, search, feeds, listings and privacy."""

import io
import json
import uuid
from datetime import timedelta
from urllib.parse import urlencode

import feedparser
import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.test.utils.form_data import rich_text
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)

from blog.models import BlogPostPage
from campaigns.models import Committee
from home.boundaries import SourceFirstPermissionTester, is_presentation
from home.models import FormPage
from tests.conftest import login
from tests.factories import StandardPageFactory
from tests.test_translation_workflow import editor_props

pytestmark = pytest.mark.django_db


def translation_into(target):
    return Translation.objects.get(
        source__object_id=target.translation_key, target_locale=target.locale
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def put(client, url, value):
    """The translation editor's own API: url-encoded bodies on PUT."""
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def refused(response):
    """Wagtail's answer to a refused admin request: back to the admin home (or 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.headers["Location"] == reverse("wagtailadmin_home")
    )


@pytest.fixture
def draft_in_translation(english, spanish, django_capture_on_commit_callbacks):
    """A live English page with an unreviewed draft, sent for translation by Communications
    (in a browser session of their own): the Spanish page exists as a draft."""
    comms_client = login(Client(), "comms")
    home = Page.objects.get(locale=english, depth=2)
    page = StandardPageFactory(parent=home, title="Reviewed title", slug="reviewed")
    page.save_revision().publish()
    page.title = "Unreviewed title"
    page.save_revision()
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = comms_client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    return page


# 1. Publishing without review, through wagtail-localize.


@pytest.mark.parametrize("username", ["comms", "moderator"])
def test_sync_cannot_publish_translations_for_staff_without_spanish_rights(
    client, username, draft_in_translation, spanish, django_capture_on_commit_callbacks
):
    login(client, username)
    source = TranslationSource.objects.get(object_id=draft_in_translation.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert refused(response)
    spanish_page = draft_in_translation.get_translation(spanish)
    assert not spanish_page.live
    assert client.get(spanish_page.url).status_code == 404

    # Without publishing, syncing is theirs.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {})
    assert response.status_code == 302 and not refused(response)
    spanish_page.refresh_from_db()
    assert not spanish_page.live


def test_sync_does_not_republish_a_live_spanish_page_for_communications(
    comms_client, english, spanish, django_capture_on_commit_callbacks
):
    page = Page.objects.get(locale=english, slug="about")
    spanish_page = page.get_translation(spanish)
    revision = spanish_page.live_revision_id
    source = TranslationSource.objects.get(object_id=page.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = comms_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert refused(response)
    spanish_page.refresh_from_db()
    assert spanish_page.live_revision_id == revision


def test_administrators_may_still_sync_and_publish(
    admin_client, draft_in_translation, spanish, django_capture_on_commit_callbacks
):
    source = TranslationSource.objects.get(object_id=draft_in_translation.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302 and not refused(response)
    assert draft_in_translation.get_translation(spanish).live


def test_a_spanish_page_cannot_be_translated_back_into_a_new_english_page(
    comms_client, english, spanish, draft_in_translation, django_capture_on_commit_callbacks
):
    """The route to an unreviewed live English page: translate a draft to Spanish, delete the
    English, translate the Spanish "back". The submission is refused, and the deletion takes
    the Spanish page with it, so there is nothing left to translate back."""
    spanish_page = draft_in_translation.get_translation(spanish)
    url = reverse("wagtail_localize:submit_page_translation", args=[spanish_page.pk])
    assert refused(comms_client.get(url))
    assert refused(comms_client.post(url, {"locales": [english.pk]}))
    with django_capture_on_commit_callbacks(execute=True):
        draft_in_translation.delete()
    assert not Page.objects.filter(translation_key=spanish_page.translation_key).exists()


def test_no_role_converts_a_translation_into_an_alias_of_english(client, spanish):
    spanish_page = Page.objects.get(locale=spanish, slug="quienes-somos")
    url = reverse("wagtail_localize:convert_to_alias", args=[spanish_page.pk])
    for username in ("translator", "admin"):
        response = login(client, username).post(url)
        assert refused(response), username
    spanish_page.refresh_from_db()
    assert spanish_page.alias_of_id is None


# 2. Translators and where mail goes.


def overridable(page, path_end):
    source = translation_into(page).source
    return [
        segment
        for segment in OverridableSegment.objects.filter(source=source).select_related("context")
        if segment.context.path.rsplit(".", 1)[-1] == path_end
    ]


def test_form_recipients_are_not_offered_to_translators(translator_client, spanish):
    spanish_form = FormPage.objects.get(locale=spanish, slug="contacto")
    translation = translation_into(spanish_form)
    translation.source.update_from_db()  # extracted under today's field declarations
    paths = set(
        OverridableSegment.objects.filter(source=translation.source).values_list(
            "context__path", flat=True
        )
    )
    assert not paths & {"to_address", "from_address", "route_to_committee"}


def link_segment_from_before(translation, path_end="url"):
    """An overridable link segment as wagtail-localize extracted them before the fix (stored
    without signals, as the migration's data was), to attack the second line of defence."""
    context = TranslationContext.objects.create(
        object_id=translation.source.object_id, path=f"body.{uuid.uuid4()}.{path_end}"
    )
    (segment,) = OverridableSegment.objects.bulk_create(
        [
            OverridableSegment(
                source=translation.source, context=context, order=999, data_json='"https://x"'
            )
        ]
    )
    return OverridableSegment.objects.get(source=translation.source, context=context)


def test_the_translation_editor_offers_images_but_no_link_or_address(translator_client, spanish):
    """Every link, address and page choice of the demo's translations (call-to-action URLs,
    sign-on emails, rich-text links, chosen pages) stays the English one: the editor offers
    none of them to override; a Spanish image it does."""
    offered = []
    for translation in Translation.objects.filter(target_locale=spanish).select_related("source"):
        translation.source.update_from_db()  # extracted afresh
        offered += OverridableSegment.objects.filter(source=translation.source).values_list(
            "context__path", flat=True
        )
    assert offered and all(is_presentation(path) for path in offered), offered

    campaign = Page.objects.get(locale=spanish, slug="de-trabajador-a-trabajador")
    props = editor_props(translator_client.get(edit_url(campaign)))
    overridable_paths = {s["contentPath"] for s in props["segments"] if s["type"] != "string"}
    assert "hero_image" in overridable_paths
    assert all(is_presentation(path) for path in overridable_paths), overridable_paths

    translation = translation_into(campaign)
    (hero,) = overridable(campaign, "hero_image")
    response = put(
        translator_client,
        reverse("wagtail_localize:edit_override", args=[translation.pk, hero.pk]),
        json.loads(hero.data_json),
    )
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.filter(locale=spanish).count() == 1


def test_a_link_segment_left_from_before_cannot_be_overridden(translator_client, spanish):
    campaign = Page.objects.get(locale=spanish, slug="de-trabajador-a-trabajador")
    translation = translation_into(campaign)
    for path_end in ("url", "email", "'https://example.org/donate'"):
        segment = link_segment_from_before(translation, path_end)
        response = put(
            translator_client,
            reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
            "https://evil.example/donate",
        )
        assert response.status_code == 403, path_end
    assert not SegmentOverride.objects.filter(locale=spanish).exists()


def test_spanish_submissions_go_where_the_english_form_and_committee_say(client, spanish):
    """Even if a translation's addresses differ (an override saved before the fix, or the
    plain editor), mail goes to the English form's and committee's addresses."""
    caches["ratelimit"].clear()
    spanish_form = FormPage.objects.get(locale=spanish, slug="invita-a-un-orador")
    FormPage.objects.filter(pk=spanish_form.pk).update(
        to_address="attacker@evil.example", from_address="attacker@evil.example"
    )
    committee = Committee.objects.get(locale=spanish, email="tucson@example.org")
    Committee.objects.filter(pk=committee.pk).update(email="attacker@evil.example")
    response = client.post(
        spanish_form.url,
        {
            "name": "Ana",
            "email": "ana@example.org",
            "organization": "Local 1",
            "city": "Tucson",
            "dates": "Marzo",
            "message": "Hola",
            "committee": str(committee.translation_key),
        },
    )
    assert response.status_code == 200
    (message,) = mail.outbox
    addresses = {*message.to, *message.cc, message.from_email}
    assert "attacker@evil.example" not in addresses
    assert "tucson@example.org" in message.to and "tours@example.org" in message.cc


def test_translators_do_not_get_the_plain_editor_of_a_spanish_page(translator_client, spanish):
    """Stopping synchronization would hand the page to the plain editor, where recipients are
    fields like any other: administrators only."""
    spanish_form = FormPage.objects.get(locale=spanish, slug="contacto")
    translation = translation_into(spanish_form)
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    assert refused(translator_client.post(stop))
    translation.refresh_from_db()
    assert translation.enabled

    translation.enabled = False
    translation.save()
    assert refused(translator_client.get(edit_url(spanish_form)))
    response = translator_client.post(
        edit_url(spanish_form), {"to_address": "attacker@evil.example", "action-publish": "1"}
    )
    assert refused(response)
    spanish_form.refresh_from_db()
    assert spanish_form.to_address == "solidarity@example.org"
    # The way back to the translation editor stays open.
    response = translator_client.post(edit_url(spanish_form), {"localize-restart-translation": "1"})
    translation.refresh_from_db()
    assert translation.enabled


# 3. Documents under /media/.


def test_documents_are_not_served_from_media(client, settings):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.first()
    assert document is not None, "the demo has a bio PDF"
    for path in (document.file.name, f"images/../{document.file.name}"):
        assert client.get(f"/media/{path}").status_code == 404
    assert client.get(document.url).status_code == 200  # through Wagtail's view


# 4 and 5. Private pages, and their translations.


def restrict(page, password="secret"):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


def test_a_private_post_is_in_no_public_listing(client, english, spanish):
    post = BlogPostPage.objects.get(locale=english, slug="fensuagro-at-labor-notes")
    title = post.title
    for url in ("/en/search/?q=FENSUAGRO", "/en/news/", "/en/", "/en/feed/"):
        assert title in client.get(url).content.decode(), url
    count_before = client.get("/en/search/?q=FENSUAGRO").context["results"].paginator.count
    restrict(post)

    for url in ("/en/search/?q=FENSUAGRO", "/en/news/", "/en/", "/en/campaigns/worker-to-worker/"):
        assert title not in client.get(url).content.decode(), url
    assert client.get("/en/search/?q=FENSUAGRO").context["results"].paginator.count == (
        count_before - 1
    )
    feed = feedparser.parse(client.get("/en/feed/").content)
    assert title not in [entry.title for entry in feed.entries]
    # Its translation is private at once, without anyone syncing.
    spanish_post = post.get_translation(spanish)
    assert spanish_post.get_view_restrictions().exists()
    spanish_title = spanish_post.title
    assert spanish_title not in client.get("/es/noticias/").content.decode()
    response = client.get(spanish_post.url)
    assert spanish_title not in response.content.decode()
    assert "password" in response.content.decode().lower()


def test_privacy_set_in_the_admin_reaches_the_translation_and_is_lifted_with_it(
    admin_client, client, english, spanish
):
    about = Page.objects.get(locale=english, slug="about")
    spanish_about = about.get_translation(spanish)
    assert f'href="{about.url}"' in client.get("/en/").content.decode()  # in the menu
    url = reverse("wagtailadmin_pages:set_privacy", args=[about.pk])
    response = admin_client.post(url, {"restriction_type": "password", "password": "s3cret"})
    assert response.status_code == 200
    assert spanish_about.view_restrictions.get().password == "s3cret"
    results = client.get("/es/search/?q=solidaridad").context["results"]
    assert spanish_about.pk not in [page.pk for page in results]
    # Nor is it a menu item (the About page is in the demo's menus).
    for home_url, page in (("/en/", about), ("/es/", spanish_about)):
        assert f'href="{page.url}"' not in client.get(home_url).content.decode(), home_url

    response = admin_client.post(url, {"restriction_type": "none"})
    assert response.status_code == 200
    assert not spanish_about.view_restrictions.exists()


def test_translators_cannot_lift_a_translations_privacy(translator_client, english, spanish):
    about = Page.objects.get(locale=english, slug="about")
    restrict(about)
    spanish_about = about.get_translation(spanish)
    url = reverse("wagtailadmin_pages:set_privacy", args=[spanish_about.pk])
    assert refused(translator_client.post(url, {"restriction_type": "none"}))
    assert spanish_about.view_restrictions.exists()


# 6. Deleting an English page takes its translation with it.


def test_deleting_an_english_page_deletes_its_translation_and_says_so(
    admin_client, english, spanish
):
    post = BlogPostPage.objects.get(locale=english, slug="fensuagro-at-labor-notes")
    spanish_post = post.get_translation(spanish)
    url = reverse("wagtailadmin_pages:delete", args=[post.pk])
    confirmation = admin_client.get(url).content.decode()
    assert "Deleting this page will also delete 1 translation of this page." in confirmation
    response = admin_client.post(url)
    assert response.status_code == 302
    assert not Page.objects.filter(pk=spanish_post.pk).exists()
    assert admin_client.get(spanish_post.url).status_code == 404


def test_the_translation_editor_still_works_for_translators(
    translator_client, spanish, django_capture_on_commit_callbacks
):
    """The checks above leave the translator's own loop alone: edit a string, publish."""
    page = Page.objects.get(locale=spanish, slug="quienes-somos")
    translation = translation_into(page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = put(
        translator_client,
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "Quiénes somos hoy",
    )
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Quiénes somos hoy" and page.live


def test_unpublishing_an_english_page_unpublishes_its_translation(admin_client, english, spanish):
    post = BlogPostPage.objects.get(locale=english, slug="fensuagro-at-labor-notes")
    spanish_post = post.get_translation(spanish)
    url = reverse("wagtailadmin_pages:unpublish", args=[post.pk])
    assert "This will also unpublish one translation" in admin_client.get(url).content.decode()
    assert admin_client.post(url).status_code == 302
    spanish_post.refresh_from_db()
    assert not spanish_post.live
    assert admin_client.get(spanish_post.url).status_code == 404


# Snippets are reviewed like pages.


def test_a_footer_text_change_waits_for_a_moderator(client, english):
    from home.models import FooterText

    footer = FooterText.objects.get(locale=english)
    url = reverse("wagtailsnippets_home_footertext:edit", args=[footer.pk])
    comms = login(Client(), "comms")
    response = comms.post(
        url, {"body": rich_text("<p>Unreviewed footer.</p>"), "action-publish": "publish"}
    )
    assert "Unreviewed footer." not in client.get("/en/").content.decode()
    response = comms.post(
        url, {"body": rich_text("<p>Reviewed footer.</p>"), "action-submit": "submit"}
    )
    assert response.status_code == 302
    footer.refresh_from_db()
    assert footer.workflow_in_progress
    assert "Reviewed footer." not in client.get("/en/").content.decode()

    task_state = footer.current_workflow_task_state
    moderator = login(Client(), "moderator")
    response = moderator.post(
        reverse(
            "wagtailsnippets_home_footertext:workflow_action",
            args=[footer.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    assert "Reviewed footer." in client.get("/en/").content.decode()


def test_translators_publish_spanish_snippets_but_not_english_ones(
    translator_client, english, spanish, django_capture_on_commit_callbacks
):
    committee = Committee.objects.get(locale=spanish, email="seattle@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(
            reverse("wagtailsnippets_campaigns_committee:edit", args=[committee.pk]),
            {"action": "publish"},
        )
    assert response.status_code == 302
    english_committee = committee.get_translation(english)
    for action in ("edit", "unpublish"):
        url = reverse(f"wagtailsnippets_campaigns_committee:{action}", args=[english_committee.pk])
        assert refused(translator_client.post(url, {"action-publish": "publish"}))
    english_committee.refresh_from_db()
    assert english_committee.live


def test_spanish_snippets_are_the_translators_alone(client, spanish):
    """Communications may edit snippet models, in every locale as far as Wagtail knows: not the
    Spanish ones' text, nor their deletion (found clicking through as comms)."""
    committee = Committee.objects.get(locale=spanish, email="seattle@example.org")
    translation = translation_into(committee)
    segment = StringSegment.objects.get(source=translation.source, context__path="name")
    comms = login(Client(), "comms")
    response = put(
        comms,
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "Texto sin revisar",
    )
    assert response.status_code == 403
    for action in ("edit", "delete"):
        url = reverse(f"wagtailsnippets_campaigns_committee:{action}", args=[committee.pk])
        assert refused(comms.post(url))
    assert Committee.objects.filter(pk=committee.pk, name="Comité de Seattle").exists()


def test_refusals_speak_the_translators_admin_language(translator_client, spanish):
    """The translator's admin is in Spanish: so are our refusals."""
    page = Page.objects.get(locale=spanish, slug="contacto")
    url = reverse("wagtail_localize:stop_translation", args=[translation_into(page).pk])
    response = translator_client.post(url, follow=True)
    assert "Solo una persona administradora puede dejar de sincronizar" in (
        response.content.decode()
    )


# Found attacking `make serve-prod` again (2026-12-04).


def submit_for_translation(client, instance, spanish):
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, instance.pk],
        )
    assert client.post(url, {"locales": [spanish.pk]}).status_code == 302


def translate_everything(instance, spanish):
    """What a translator's editor stores once every string is translated."""
    source = TranslationSource.objects.get_for_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            context=segment.context,
            locale=spanish,
            data=f"{segment.string.data} (es)",
        )


def test_a_never_approved_form_reaches_no_one_through_its_translation(
    client, english, spanish, moderator_client, django_capture_on_commit_callbacks
):
    """Communications write a form whose mail goes to an address of their choosing and send it
    for translation before any review; a translator translates and publishes the Spanish form.
    The Spanish form goes live only once a moderator has published the English one."""
    home = Page.objects.get(locale=english, depth=2)
    form = home.add_child(
        instance=FormPage(
            title="Write to us",
            slug="write-to-us",
            to_address="attacker@evil.example",
            from_address="forged@evil.example",
            live=False,
        )
    )
    login(client, "comms")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation(client, form, spanish)
    spanish_form = form.get_translation(spanish)
    translate_everything(form, spanish)

    translator = login(Client(), "translator")
    editor = translator.get(edit_url(spanish_form))
    assert "cuando se apruebe la versión en inglés" in editor.content.decode()
    assert not editor_props(editor)["perms"]["canPublish"]
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url(spanish_form), {"action": "publish"})
        translator.post(
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
            + f"?id={spanish_form.pk}"
        )
    spanish_form.refresh_from_db()
    assert not spanish_form.live

    # Approved (here by a moderator publishing it), the translation may follow.
    form.save_revision().publish()
    assert editor_props(translator.get(edit_url(spanish_form)))["perms"]["canPublish"]
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url(spanish_form), {"action": "publish"})
    spanish_form.refresh_from_db()
    assert spanish_form.live


def test_a_never_approved_committee_is_not_offered_through_its_translation(
    english, spanish, translator_client, django_capture_on_commit_callbacks
):
    committee = Committee.objects.create(
        name="Phoenix committee", city="Phoenix", email="attacker@evil.example", live=False
    )
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation(login(Client(), "comms"), committee, spanish)
    spanish_committee = committee.get_translation(spanish)
    translate_everything(committee, spanish)
    url = reverse("wagtailsnippets_campaigns_committee:edit", args=[spanish_committee.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert refused(translator_client.post(url, {"action": "publish"}))
    spanish_committee.refresh_from_db()
    assert not spanish_committee.live
    invite = Page.objects.get(locale=spanish, slug="invita-a-un-orador")
    assert "Phoenix" not in Client().get(invite.url).content.decode()


def test_every_page_type_publishes_a_translation_after_its_source():
    page = Page(locale_id=1, depth=2, path="00010001")
    for model in get_page_models():
        if model is not Page:
            tester = model.permissions_for_user(page, AnonymousUser())
            assert isinstance(tester, SourceFirstPermissionTester), model


def bulk_unpublish(client, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    client.post(f"{url}?id={page.pk}")


def api_unpublish(client, page):
    client.post(
        f"/admin/api/main/pages/{page.pk}/action/unpublish/", content_type="application/json"
    )


def expire(client, page):
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()
    call_command("publish_scheduled", stdout=io.StringIO())


@pytest.mark.parametrize("unpublish", [bulk_unpublish, api_unpublish, expire])
def test_an_english_page_going_offline_takes_its_translation_every_way(
    moderator_client, english, spanish, unpublish
):
    post = BlogPostPage.objects.get(locale=english, slug="fensuagro-at-labor-notes")
    spanish_post = post.get_translation(spanish)
    unpublish(moderator_client, post)
    post.refresh_from_db()
    spanish_post.refresh_from_db()
    assert not post.live
    assert not spanish_post.live


def bulk_delete(client, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    client.post(f"{url}?id={page.pk}")


def api_delete(client, page):
    client.post(f"/admin/api/main/pages/{page.pk}/action/delete/", content_type="application/json")


@pytest.mark.parametrize("delete", [bulk_delete, api_delete])
def test_deleting_an_english_page_takes_its_translation_every_way(
    admin_client, english, spanish, delete, django_capture_on_commit_callbacks
):
    post = BlogPostPage.objects.get(locale=english, slug="fensuagro-at-labor-notes")
    spanish_post = post.get_translation(spanish)
    with django_capture_on_commit_callbacks(execute=True):
        delete(admin_client, post)
    assert not Page.objects.filter(pk__in=[post.pk, spanish_post.pk]).exists()


def test_an_english_snippet_going_offline_takes_its_translation(moderator_client, english, spanish):
    committee = Committee.objects.get(locale=english, email="seattle@example.org")
    url = reverse("wagtailsnippets_campaigns_committee:unpublish", args=[committee.pk])
    assert moderator_client.post(url).status_code == 302
    assert not committee.get_translation(spanish).live


def test_snippet_bulk_actions_keep_each_role_to_its_language(client, english, spanish):
    spanish_committee = Committee.objects.get(locale=spanish, email="seattle@example.org")
    english_committee = spanish_committee.get_translation(english)
    url = reverse("wagtail_bulk_action", args=["campaigns", "committee", "delete"])
    assert refused(login(client, "comms").post(f"{url}?id={spanish_committee.pk}"))
    assert refused(login(Client(), "translator").post(f"{url}?id={english_committee.pk}"))
    assert refused(login(Client(), "moderator").post(f"{url}?id=all"))
    assert (
        Committee.objects.filter(pk__in=[spanish_committee.pk, english_committee.pk]).count() == 2
    )


def test_snippets_are_added_in_the_users_language(client, spanish):
    url = reverse("wagtailsnippets_campaigns_committee:add")
    moderator = login(client, "moderator")
    assert moderator.get(url).status_code == 200
    data = {"name": "Ghost committee", "city": "Nowhere", "email": "ghost@evil.example"}
    assert refused(moderator.post(f"{url}?locale=es", {**data, "action-publish": "publish"}))
    assert refused(login(Client(), "translator").get(url))
    assert not Committee.objects.filter(name="Ghost committee").exists()


def test_a_published_snippet_is_deleted_by_a_moderator_and_its_translation_with_it(
    client, english, spanish, moderator_client
):
    """Deleting takes a committee off the site, as unpublishing does: not for Communications
    (found deleting live committees as comms: the Spanish ones stayed on the forms)."""
    committee = Committee.objects.get(locale=english, email="seattle@example.org")
    spanish_committee = committee.get_translation(spanish)
    comms = login(client, "comms")
    bulk = reverse("wagtail_bulk_action", args=["campaigns", "committee", "delete"])
    assert refused(comms.post(f"{bulk}?id={committee.pk}"))
    single = reverse("wagtailsnippets_campaigns_committee:delete", args=[committee.pk])
    assert refused(comms.post(single))
    assert Committee.objects.filter(pk=committee.pk).exists()

    assert moderator_client.post(single).status_code == 302
    assert not Committee.objects.filter(pk__in=[committee.pk, spanish_committee.pk]).exists()
