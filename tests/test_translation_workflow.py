"""Translators work in wagtail-localize's editor on the Spanish tree only; Communications own
the English tree."""

import json
from urllib.parse import urlencode

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse, reverse_lazy
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from blog.models import Topic
from campaigns.models import Committee
from home.models import FooterText, Testimonial
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def translation_into(target):
    """The wagtail-localize Translation whose target is `target` (a translated page)."""
    return Translation.objects.get(
        source__object_id=target.translation_key, target_locale=target.locale
    )


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(
        f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:edit", args=[obj.pk]
    )


def editor_props(response):
    """The data wagtail-localize's translation editor is rendered from."""
    soup = BeautifulSoup(response.content, "html.parser")
    editor = soup.select_one(".js-translation-editor")
    assert editor is not None, "the translation editor is not on the page"
    return json.loads(editor["data-props"])


def test_translation_editor_shows_the_demo_page_fully_translated(admin_client, spanish):
    page = Page.objects.get(locale=spanish, slug="de-trabajador-a-trabajador")
    props = editor_props(admin_client.get(edit_url(page)))
    segment_ids = {s["id"] for s in props["segments"] if s["type"] == "string"}
    translated = {t["segment_id"]: t["data"] for t in props["initialStringTranslations"]}
    assert segment_ids and segment_ids <= set(translated)
    title = next(s for s in props["segments"] if s.get("contentPath") == "title")
    assert title["source"] == "Worker to Worker Solidarity Campaign"
    assert translated[title["id"]] == "Campaña de Solidaridad de Trabajador a Trabajador"

    committee = Committee.objects.get(locale=spanish, email="seattle@example.org")
    props = editor_props(admin_client.get(edit_url(committee)))
    translated = {t["segment_id"]: t["data"] for t in props["initialStringTranslations"]}
    name = next(s for s in props["segments"] if s.get("contentPath") == "name")
    assert name["source"] == "Seattle committee"
    assert translated[name["id"]] == "Comité de Seattle"


def test_translation_editor_opens_for_every_spanish_page_and_snippet_type(admin_client, spanish):
    pages = Page.objects.filter(locale=spanish, depth__gte=2).specific()
    snippets = [
        model.objects.filter(locale=spanish).first()
        for model in (Committee, Testimonial, FooterText, Topic)
    ]
    for obj in [*pages, *snippets]:
        props = editor_props(admin_client.get(edit_url(obj)))
        strings = [s for s in props["segments"] if s["type"] == "string"]
        assert strings, f"nothing to translate on {obj!r}"


def translate_title_and_publish(
    client, spanish_page, new_title, django_capture_on_commit_callbacks
):
    translation = translation_into(spanish_page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    # The editor's own API takes url-encoded bodies on PUT.
    response = client.put(
        url, urlencode({"value": new_title}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200, response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(spanish_page), {"action": "publish"})
    assert response.status_code == 302


def test_translating_through_the_editor_updates_the_public_page(
    translator_client, spanish, django_capture_on_commit_callbacks
):
    page = Page.objects.get(locale=spanish, slug="de-trabajador-a-trabajador")
    translate_title_and_publish(
        translator_client, page, "Campaña Obrera de Solidaridad", django_capture_on_commit_callbacks
    )
    response = translator_client.get(page.url)
    assert "Campaña Obrera de Solidaridad" in response.content.decode()


def test_translator_edits_spanish_and_is_refused_english(translator_client, english, spanish):
    spanish_page = Page.objects.get(locale=spanish, slug="de-trabajador-a-trabajador")
    english_page = spanish_page.get_translation(english)
    assert translator_client.get(edit_url(spanish_page)).status_code == 200
    # The translation editor links its English source: a translator is shown the English page
    # as visitors see it, not its editor.
    response = translator_client.get(edit_url(english_page))
    assert response.status_code == 302 and response.headers["Location"] == english_page.url

    response = translator_client.post(
        edit_url(english_page), {"title": "Hijacked", "action-publish": "1"}
    )
    english_page.refresh_from_db()
    assert english_page.title == "Worker to Worker Solidarity Campaign"

    spanish_committee = Committee.objects.get(locale=spanish, email="seattle@example.org")
    english_committee = Committee.objects.get(locale=english, email="seattle@example.org")
    assert translator_client.get(edit_url(spanish_committee)).status_code == 200
    assert translator_client.get(edit_url(english_committee)).status_code in (302, 403)


def test_translator_cannot_submit_translations_or_reach_settings(translator_client, english):
    page = Page.objects.get(locale=english, slug="about")
    response = translator_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    )
    assert response.status_code in (302, 403)
    assert translator_client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)


def test_moderators_edit_and_publish_english(moderator_client, english):
    page = Page.objects.get(locale=english, slug="about").specific
    assert moderator_client.get(edit_url(page)).status_code == 200
    data = nested_form_data(
        {
            "title": "About Solidaridad",
            "slug": "about",
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>We organize speaker tours.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = moderator_client.post(edit_url(page), data)
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    page.refresh_from_db()
    assert page.title == "About Solidaridad" and page.live and not page.has_unpublished_changes
    assert "We organize speaker tours." in moderator_client.get(page.url).content.decode()


def test_communications_can_submit_translations(comms_client, english):
    page = Page.objects.get(locale=english, slug="about")
    response = comms_client.get(reverse("wagtail_localize:submit_page_translation", args=[page.pk]))
    assert response.status_code == 200


def test_po_file_round_trip(translator_client, spanish, django_capture_on_commit_callbacks):
    """Download the page's PO file, translate one string offline, upload it, publish."""
    page = Page.objects.get(locale=spanish, slug="trabajadores-haitianos")
    translation = translation_into(page)
    response = translator_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(e for e in po if e.msgid == "Solidarity with Haitian workers")
    entry.msgstr = "Solidaridad con la clase obrera haitiana"

    upload = SimpleUploadedFile(
        "haiti-es.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = translator_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": edit_url(page)},
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translator_client.post(edit_url(page), {"action": "publish"})
    html = translator_client.get(page.url).content.decode()
    assert '<h1 class="page-header__title">Solidaridad con la clase obrera haitiana</h1>' in html


def test_translator_has_no_settings_access(translator_client):
    site_settings = reverse("wagtailsettings:edit", args=["home", "sitesettings"])
    response = translator_client.get(site_settings, follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")


# What goes live the moment it is saved, with no review (home migration 0013).
LIVE_ON_SAVE_VIEWS = [
    reverse_lazy("wagtailsettings:edit", args=["home", "sitesettings"]),
    reverse_lazy("wagtailredirects:index"),
]


def test_moderators_manage_settings_and_redirects_from_the_admin_menu(moderator_client):
    home = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    for url in LIVE_ON_SAVE_VIEWS:
        assert f'"{url}"' in home  # in the sidebar's Settings menu
        response = moderator_client.get(url, follow=True)
        assert response.status_code == 200
        assert response.request["PATH_INFO"].startswith(str(url))
    settings_form = moderator_client.get(LIVE_ON_SAVE_VIEWS[0], follow=True).content.decode()
    assert "solidarity@example.org" in settings_form


def test_communications_neither_see_nor_open_settings_redirects_or_users(comms_client):
    """Site settings (the donate link) and redirects go live on saving: not theirs. Their admin
    menu leads to none of them, and each refuses them."""
    home = comms_client.get(reverse("wagtailadmin_home")).content.decode()
    for url in LIVE_ON_SAVE_VIEWS:
        assert str(url) not in home
        response = comms_client.get(url, follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert comms_client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)
    assert comms_client.get(reverse("wagtailusers_groups:index")).status_code in (302, 403)


def test_submitting_a_new_page_and_its_child_publishes_nothing_in_spanish(
    comms_client, english, spanish, django_capture_on_commit_callbacks
):
    """Starting a translation makes Spanish drafts only: no English text at /es/
    (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False)."""
    home = Page.objects.get(locale=english, depth=2)
    parent = StandardPageFactory(parent=home, title="Delegations", show_in_menus=True)
    child = StandardPageFactory(parent=parent, title="Delegation to Colombia")
    for page in (parent, child):
        page.save_revision().publish()

    url = reverse("wagtail_localize:submit_page_translation", args=[parent.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = comms_client.post(url, {"locales": [spanish.pk], "include_subtree": "on"})
    assert response.status_code == 302
    for page in (parent, child):
        translation = page.get_translation(spanish)
        assert not translation.live
        assert translation.url.startswith("/es/")
        assert comms_client.get(translation.url).status_code == 404
    assert "Delegations" in comms_client.get("/en/").content.decode()  # in the English menu
    assert "Delegations" not in comms_client.get("/es/").content.decode()


def test_translator_previews_a_translation(translator_client, spanish):
    page = Page.objects.get(locale=spanish, slug="trabajadores-haitianos")
    translation = translation_into(page)
    response = translator_client.get(
        reverse("wagtail_localize:preview_translation", args=[translation.pk])
    )
    assert response.status_code == 200
    assert "Solidaridad con los trabajadores haitianos" in response.content.decode()
