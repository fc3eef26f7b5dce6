from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.delete_page import DeletePageAction
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import register_snippet

from . import admin_views
from .boundaries import refuse_plain_editor
from .dashboard import AwaitingReviewPanel, DraftsPanel, is_reviewer
from .images import UploadOnceView
from .models import FooterText, Testimonial
from .translation_status import counts, translation_status
from .unsent_emails import failed_count
from .validation import seo_warnings
from .viewsets import WorkingLocaleSnippetViewSet

register_snippet(FooterText, viewset=WorkingLocaleSnippetViewSet)
register_snippet(Testimonial, viewset=WorkingLocaleSnippetViewSet)


@hooks.register("before_edit_page")
def spanish_pages_edit_in_the_translation_editor(request, page):
    return refuse_plain_editor(request, page)


@hooks.register("before_edit_snippet")
def spanish_snippets_edit_in_the_translation_editor(request, instance):
    if isinstance(instance, TranslatableMixin):
        return refuse_plain_editor(request, instance)
    return None


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


@hooks.register("after_bulk_action")
def bulk_deleted_pages_take_their_translations(request, action_type, objects, action):
    """The bulk delete action does not ask the hook above: delete the translations of the
    English pages it deleted (their descendants go with them, as in English)."""
    if action_type != "delete":
        return
    default = Locale.get_default().pk
    keys = [page.translation_key for page in objects if isinstance(page, Page)]
    for translation in Page.objects.filter(translation_key__in=keys).exclude(locale=default):
        DeletePageAction(translation, user=request.user).execute(skip_permission_checks=True)


@hooks.register("construct_page_action_menu")
def approve_rather_than_publish(menu_items, request, context):
    """On a page in review, a moderator approves (or asks for changes): Wagtail's plain Publish
    beside "Approve and Publish" would skip the review and cancel it."""
    page = context.get("page")
    if context.get("view") == "edit" and page is not None and page.workflow_in_progress:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


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
def image_chooser_upload_url():
    """Wagtail's URL of the image chooser's Upload, with a view that makes one image of a
    double click. Matched first: Wagtail's viewsets add their URLs in wagtail.admin's hook, of
    order 0. Built as Wagtail's chooser viewset builds its own view, with our view class."""
    return [path("images/chooser/create/", image_chooser_viewset.construct_view(UploadOnceView))]


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

    def get_context_data(self, parent_context):
        return {"totals": counts(translation_status())}


@hooks.register("construct_homepage_panels")
def add_what_needs_me_panels(request, panels):
    # Ours replaces Wagtail's review panel: same pages, a fixed number of queries.
    panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
    if is_reviewer(request.user):
        panels.append(AwaitingReviewPanel(request.user))
    panels.append(DraftsPanel(request.user))


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if admin_views.can_see_translation_status(request.user):
        panels.append(TranslationStatusPanel())


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
