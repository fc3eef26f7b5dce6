from copy import copy

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import edit_translation

from . import admin_views
from .admin_api import ReadablePagesAdminAPIViewSet
from .boundaries import (
    deleting_published_takes_a_publisher,
    is_translator,
    refuse_plain_editor,
    say_when_publishing_waits,
)
from .caching import declare_query_parameters
from .dashboard import AwaitingReviewPanel, DraftsPanel, is_reviewer
from .images import UploadOnceView
from .media_details import ImageDetailsView, edit_or_read_document, edit_or_read_image
from .models import Testimonial
from .translation_status import State, counts, translation_status
from .unsent_emails import failed_count
from .validation import seo_warnings
from .viewsets import FooterTextViewSet, WorkingLocaleSnippetViewSet

register_snippet(FooterTextViewSet)
register_snippet(Testimonial, viewset=WorkingLocaleSnippetViewSet)


@hooks.register("before_serve_page")
def key_the_page_cache_by_what_the_page_reads(page, request, serve_args, serve_kwargs):
    """A page type reads no query parameter unless it lists those it reads (in its serve,
    get_context and templates) in `cache_query_parameters`: the page cache ignores the others."""
    declare_query_parameters(request, getattr(page, "cache_query_parameters", ()))


@hooks.register("before_edit_page")
def spanish_pages_edit_in_the_translation_editor(request, page):
    say_when_publishing_waits(request, page)
    return refuse_plain_editor(request, page)


@hooks.register("before_edit_page")
def a_scheduled_translation_says_when_it_goes_live(request, page):
    """A translation made from a scheduled English page has its go-live date: publishing it in
    wagtail-localize's editor schedules it with its English page, which is the truth, but the
    editor says "Published". Run the editor here (as wagtail-localize's own hook, after ours,
    would) and say when the page goes live instead."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not page.go_live_at or page.go_live_at <= timezone.now():
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    response = edit_translation(request, translation, page)
    said = list(messages.get_messages(request))  # read: only what is added again is kept
    for message in said:
        text = message.message
        if message.level == messages.SUCCESS:
            text = _(
                "Scheduled '{object}' in {locale}: it goes live on {date}, with its English page."
            ).format(
                object=page.get_admin_display_title(),
                locale=page.locale.get_display_name(),
                date=formats.date_format(timezone.localtime(page.go_live_at), "DATETIME_FORMAT"),
            )
        messages.add_message(request, message.level, text, message.extra_tags)
    return response


@hooks.register("before_edit_snippet")
def spanish_snippets_edit_in_the_translation_editor(request, instance):
    if isinstance(instance, TranslatableMixin):
        say_when_publishing_waits(request, instance)
        return refuse_plain_editor(request, instance)
    return None


@hooks.register("construct_admin_api")
def page_details_for_every_admin_user(router):
    """The translation editor's page choosers load for translators (home.admin_api)."""
    router.register_endpoint("pages", ReadablePagesAdminAPIViewSet)


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_follow_the_english_page(pages, action):
    """Deleting or unpublishing an English page does the same to its translations, and the
    confirmation says how many: a Spanish page left behind stayed live and listed, out of the
    translation report, and no role could remove it. (Not "move": Wagtail moves translations
    with the mover's own rights, which Communications do not have on the Spanish tree.)"""
    if action not in {"delete", "unpublish"}:
        return None
    default = Locale.get_default().pk
    return {
        page: Page.objects.translation_of(page, inclusive=False)
        for page in pages
        if page.locale_id == default
    }


@hooks.register("construct_page_action_menu")
def approve_rather_than_publish(menu_items, request, context):
    """On a page in review, a moderator approves (or asks for changes): Wagtail's plain Publish
    beside "Approve and Publish" would skip the review and cancel it. With a go-live date ahead,
    approving schedules the page: the buttons say so, as Wagtail's Publish turns into "Schedule
    to publish" (and the schedule dialog names them)."""
    page = context.get("page")
    if context.get("view") != "edit" or page is None or not page.workflow_in_progress:
        return
    menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
    if page.go_live_at and page.go_live_at > timezone.now():
        task_labels = {
            (name, modal): label
            for name, label, modal in page.current_workflow_task.get_actions(page, request.user)
        }
        for item in menu_items:
            if isinstance(item, WorkflowMenuItem) and item.name == "approve":
                label = task_labels[(item.name, item.launch_modal)]
                item.label = _("%(label)s and schedule") % {"label": label}


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_search_engine_fields(request, page):
    """Advice, not errors: the page is saved; the editor learns what search engines will cut
    off or miss. Not on autosaves (JSON requests), which would pile the same advice up."""
    if not request.accepts("text/html"):
        return
    for warning in seo_warnings(page):
        messages.warning(request, warning)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translation-status/", admin_views.translation_report, name="translation_report"
        ),
        path(
            "reports/unsent-emails/", admin_views.unsent_emails_report, name="unsent_emails_report"
        ),
    ]


@hooks.register("register_admin_urls", order=-1)
def media_urls():
    """Wagtail's URL of the image chooser's Upload, with a view that makes one image of a
    double click (built as Wagtail's chooser viewset builds its own, with our view class), and
    Wagtail's URLs of the image and document edit views, which send those who may only choose
    the image or document to what they may read. Matched first: Wagtail adds its image and
    document URLs in hooks of order 0."""
    return [
        path("images/chooser/create/", image_chooser_viewset.construct_view(UploadOnceView)),
        # The translation editor's "Edit this image" and "Edit this document"
        # (home.media_details).
        path("images/<int:image_id>/", edit_or_read_image),
        path("images/<int:image_id>/details/", ImageDetailsView.as_view(), name="image_details"),
        path("documents/edit/<int:document_id>/", edit_or_read_document),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translation status"),
        reverse("translation_report"),
        name="translation-status",
        icon_name="globe",
        order=50,
    )


class TranslationStatusPanel(Component):
    """The admin home's answer to “what is left to translate?”."""

    name = "translation_status"
    order = 50
    template_name = "home/admin/translation_panel.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {"totals": counts(self.rows)}


class WaitingForTranslationPanel(Component):
    """A translator's admin home: the pages and snippets whose Spanish waits for them (new or
    changed English, translations under way), most recently changed first, each a link to its
    translation editor. The same news as the digest email (home.handoffs), always at hand."""

    name = "waiting_for_translation"
    order = 45
    template_name = "home/admin/waiting_for_translation_panel.html"
    shown = 10

    def __init__(self, rows):
        self.rows = sorted(
            (
                row
                for row in rows
                if row.state in (State.IN_PROGRESS, State.OUT_OF_DATE) and row.target_edit_url
            ),
            key=lambda row: row.synced_at,
            reverse=True,
        )

    def get_context_data(self, parent_context):
        return {"rows": self.rows[: self.shown], "more": len(self.rows) > self.shown}


@hooks.register("construct_homepage_panels")
def add_what_needs_me_panels(request, panels):
    # Ours replaces Wagtail's review panel: same pages, a fixed number of queries.
    panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
    if is_reviewer(request.user):
        panels.append(AwaitingReviewPanel(request.user))
    panels.append(DraftsPanel(request.user))


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if not admin_views.can_see_translation_status(request.user):
        return
    rows = translation_status()
    panels.append(TranslationStatusPanel(rows))
    if is_translator(request.user):
        panels.append(WaitingForTranslationPanel(rows))


@hooks.register("construct_reports_menu")
def one_translation_report_per_role(request, menu_items):
    """wagtail-localize's Translations report links every translation's source and target,
    whichever the user may open: ours (above) links each role to its own language. Its
    report stays for administrators."""
    if not request.user.is_superuser:
        theirs = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != theirs]


class UnsentEmailsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_unsent_emails(request.user)


@hooks.register("register_reports_menu_item")
def register_unsent_emails_menu_item():
    return UnsentEmailsMenuItem(
        _("Unsent emails"),
        reverse("unsent_emails_report"),
        name="unsent-emails",
        icon_name="mail",
        order=60,
    )


class UnsentEmailsPanel(Component):
    """On the admin home of superusers and moderators, only while some form email failed for
    good: nobody has to think of opening the report."""

    name = "unsent_emails"
    order = 40
    template_name = "home/admin/unsent_emails_panel.html"

    def __init__(self, failed):
        self.failed = failed

    def get_context_data(self, parent_context):
        return {"failed": self.failed}


@hooks.register("construct_homepage_panels")
def add_unsent_emails_panel(request, panels):
    if admin_views.can_see_unsent_emails(request.user) and (failed := failed_count()):
        panels.append(UnsentEmailsPanel(failed))


@hooks.register("construct_help_menu")
def help_menu_in_the_readers_language(request, menu_items):
    """Wagtail builds the help menu once per process, so its labels stayed in the language of
    the first request (a translator read "What's new in Wagtail 8.0" if an English page came
    first). The release notes are for developers: left out. The editor guide is named anew on
    each request, on a copy (the registered item is shared by every request)."""
    menu_items[:] = [
        item for item in menu_items if not item.name.startswith("whats-new-in-wagtail-")
    ]
    for index, item in enumerate(menu_items):
        if item.name == "editor-guide":
            menu_items[index] = copy(item)
            menu_items[index].label = gettext("Editor Guide")


@hooks.register("after_delete_snippet")
def translations_go_with_the_english_snippet(request, instances):
    """Deleting an English snippet deletes its translations, as for pages: a Spanish committee
    left behind was still offered on the Spanish forms, its mail going to staff only."""
    default = Locale.get_default().pk
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and instance.locale_id == default:
            type(instance).objects.filter(translation_key=instance.translation_key).exclude(
                locale_id=default
            ).delete()


@hooks.register("construct_snippet_listing_buttons")
def no_delete_offered_for_published_snippets(buttons, snippet, user):
    """The listing's Delete, for a published snippet, only to whom may publish it (the rule of
    home.boundaries.PublishedSnippetPermissionPolicy; the listing asks the model's permission
    only, and its rows are the database's, so `live` needs no query)."""
    if deleting_published_takes_a_publisher(user, [snippet]):
        delete_url = reverse(
            snippet.snippet_viewset.get_url_name("delete"), args=[quote(snippet.pk)]
        )
        buttons[:] = [button for button in buttons if getattr(button, "url", None) != delete_url]
