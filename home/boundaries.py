"""What each role must never do (design.md, "Who uses it"), enforced where every view that could
do it passes, not on one URL.

Wagtail's own views check page permissions and the review workflow. wagtail-localize's views
check less (wagtail-notes.md): "Translate this page" and "Sync translated pages" ask only for
the global submit_translation permission, and Sync's "Publish immediately" publishes every
translation without asking who may publish it. So:

- `AdminBoundaryMiddleware` runs one check before each admin view named in VIEW_CHECKS, and
  in every snippet view keeps Translators off English snippets and the other staff off Spanish
  ones;
- a translation's overrides are limited to presentation (`refuse_routing_overrides`): a
  translator may show a Spanish image or document, never change where mail, data or money goes;
- the plain editor of a Spanish page or snippet, where every synchronized field is editable,
  is for administrators only (`refuse_plain_editor`, run by home.wagtail_hooks);
- a translation goes live only after its English original (`SourceFirstPermissionTester` for
  pages, `publish_after_the_source` for snippets): the English is what a moderator approved,
  and a translation carries its links, addresses and routing.
"""

from django.contrib import messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.admin.auth import permission_denied
from wagtail.models import DraftStateMixin, Locale, Page, PagePermissionTester, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)

TRANSLATORS = "Translators"

# What a translator may override in the translation editor: the images and documents a page
# shows (a photo with a Spanish caption burnt in, the Spanish version of a bio PDF). Never an
# address, a link, a page chooser, a form field's type or a date: recipients and routing must
# stay the English page's. Overridable segments are named by the last part of their path (the
# model field, or the block's child: "hero_image", "body.<block id>.document").
PRESENTATION_OVERRIDES = frozenset(
    {"hero_image", "logo", "photo", "bio_document", "image", "document"}
)


def is_presentation(path):
    return path.rsplit(".", 1)[-1] in PRESENTATION_OVERRIDES


@receiver(post_save, sender=OverridableSegment)
def offer_only_presentation_overrides(sender, instance, created, raw=False, **kwargs):
    """wagtail-localize extracts every link, address and chosen page of a StreamField or rich
    text as a segment a translator may override, and its editor shows each with an Edit button
    (a refused save there looked saved). Take back, as it is extracted, each segment that may
    not be overridden: the value stays the English one, as for any synchronized field."""
    if created and not raw and not is_presentation(instance.context.path):
        instance.delete()


@receiver(pre_save, sender=SegmentOverride)
def refuse_routing_overrides(sender, instance, raw=False, **kwargs):
    """Every way of overriding a synchronized value saves a SegmentOverride (the translation
    editor's PUT .../overrides/<segment>/edit/ among them): refuse all but presentation. DRF
    answers the editor's request with 403."""
    if not raw and not is_presentation(instance.context.path):
        raise PermissionDenied(_("Translations cannot change links, addresses or routing."))


def is_source_locale(instance):
    return instance.locale_id == Locale.get_default().pk


def snippet_model_named(app_label, model_name):
    models = {(m._meta.app_label, m._meta.model_name): m for m in get_snippet_models()}
    return models.get((app_label, model_name))


def source_of_submission(view_kwargs):
    if "page_id" in view_kwargs:
        page = Page.objects.filter(pk=view_kwargs["page_id"]).first()
        return page.alias_of if page and page.alias_of_id else page
    model = snippet_model_named(view_kwargs["app_label"], view_kwargs["model_name"])
    return model.objects.filter(pk=view_kwargs["pk"]).first() if model else None


def submit_only_english(request, view_kwargs):
    """English is the source (design.md): a Spanish page translated "back" into English would
    be a new English page that never went through review."""
    source = source_of_submission(view_kwargs)
    if isinstance(source, TranslatableMixin) and not is_source_locale(source):
        return _("Only English pages and snippets are sent for translation.")
    return None


def user_may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        codename = get_permission_codename("publish", instance._meta)
        return user.has_perm(f"{instance._meta.app_label}.{codename}")
    return True  # a snippet without drafts is saved by every sync, published or not


def may_publish_translations(user, source_id):
    """Whether `user` may publish every enabled translation of a TranslationSource."""
    source = TranslationSource.objects.filter(pk=source_id).first()
    if source is None:
        return True
    return all(
        user_may_publish(user, translation.get_target_instance())
        for translation in source.translations.filter(enabled=True)
    )


def sync_publishes_only_for_publishers(request, view_kwargs):
    """Sync's "Publish immediately" publishes every translation, reviewed or not: only for a
    user who may publish each of them (Communications and Moderators have no publishing rights
    on the Spanish tree; translators publish from the translation editor)."""
    if request.method != "POST" or not request.POST.get("publish_translations"):
        return None
    if not may_publish_translations(request.user, view_kwargs["translation_source_id"]):
        return _(
            "You may sync translations, but not publish them: leave “Publish immediately” "
            "unticked, and translators will publish."
        )
    return None


def offer_only_what_sync_allows(request, response):
    """The Sync page offers what its user may do: "Publish immediately" only to whom it is
    allowed, and links only to the translations the user may open (translators')."""
    context = response.context_data
    if not may_publish_translations(
        request.user, request.resolver_match.kwargs["translation_source_id"]
    ):
        context["form"].fields.pop("publish_translations", None)
    if not (request.user.is_superuser or is_translator(request.user)):
        for translation in context["translations"]:
            translation["edit_url"] = None


def never(request, view_kwargs):
    """Alias pages serve the English page under /es/ (design.md: no English under /es/)."""
    return _("Translations are not turned into aliases of the English page on this site.")


def administrators_only(request, view_kwargs):
    """Stopping a translation hands the Spanish page to the plain editor, where synchronized
    fields (recipients, links) can be edited: an administrator's decision."""
    if request.user.is_superuser:
        return None
    return _("Only an administrator can stop synchronizing a translation.")


def privacy_follows_the_source(request, view_kwargs):
    """A translation is exactly as private as its English page (home.signals copies the
    restriction): privacy is set on the English page."""
    page = Page.objects.filter(pk=view_kwargs["page_id"]).only("locale_id").first()
    if page is None or is_source_locale(page) or request.user.is_superuser:
        return None
    return _("A translation is as private as its English page: set privacy there.")


def source_is_live(instance):
    """Whether the English original of a page or snippet is approved: live, or scheduled by a
    moderator to go live (its translation then goes live with it)."""
    model = Page if isinstance(instance, Page) else type(instance)
    if is_source_locale(instance) or not issubclass(model, DraftStateMixin):
        return True  # a snippet without drafts is live as soon as it is saved
    english = model.objects.filter(
        translation_key=instance.translation_key, locale=Locale.get_default()
    ).first()
    return english is not None and (english.live or english.scheduled_revision is not None)


class SourceFirstPermissionTester(PagePermissionTester):
    """Page permissions, with one rule more: a translation may be published only once its
    English page is approved (live, or scheduled to go live). A page that Communications wrote and sent for translation before any
    review would otherwise reach the public through its Spanish version, with the draft's
    recipients, links and donate buttons (wagtail-localize copies the source's database row,
    which for a never-published page is the draft). Every publishing path asks can_publish():
    the translation editor, bulk actions, the admin API, wagtail-localize's sync."""

    def can_publish(self):
        return super().can_publish() and (self.user.is_superuser or source_is_live(self.page))


class SourceFirstPublishing:
    """For every page type: its permissions are SourceFirstPermissionTester's."""

    def permissions_for_user(self, user):
        return SourceFirstPermissionTester(user, self)


def is_translator(user):
    return user.groups.filter(name=TRANSLATORS).exists()


def working_locale(user):
    """The locale a role works in, so the one its panels and listings show: Spanish for
    translators, English (the source) for everyone else."""
    default = Locale.get_default()
    if is_translator(user):
        return Locale.objects.exclude(pk=default.pk).first()
    return default


def snippets_by_language(request, view_kwargs, model):
    """Snippet permissions are per model, not per locale, so the locale decides here, in every
    view of one snippet (edit, publish, unpublish, delete, revisions, workflow), as page
    permissions do for the two trees: Translators keep off the English (source) snippets, and
    everyone else (Communications, Moderators) off the Spanish ones, which only the Translators'
    publishing puts live."""
    user = request.user
    if user.is_superuser or not issubclass(model, TranslatableMixin):
        return None
    if request.resolver_match.url_name == "add":
        return snippets_added_in_their_language(request, model)
    if "pk" not in view_kwargs:
        return None
    instance = model.objects.filter(pk=view_kwargs["pk"]).first()
    if instance is None:
        return None
    if is_source_locale(instance) == is_translator(user):
        return snippet_refusal(user)
    if request.resolver_match.url_name == "delete":
        return deleting_published_takes_a_publisher(user, [instance])
    return publish_after_the_source(request, instance)


def is_published(instance):
    """From the database: the editor's object is its latest revision, whose `live` is the one
    saved with that revision."""
    if not isinstance(instance, DraftStateMixin) or instance.pk is None:
        return False
    return type(instance).objects.filter(pk=instance.pk, live=True).exists()


class PublishedSnippetPermissionPolicy(ModelPermissionPolicy):
    """A snippet model's permissions, with one rule more (as Wagtail has for pages): deleting a
    published snippet takes it off the site, so it needs the right to publish (besides delete,
    which Wagtail's views check on their own). They then neither offer nor allow it (registered
    by home.viewsets)."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and is_published(instance):
            action = "publish"
        return super().user_has_permission_for_instance(user, action, instance)


def deleting_published_takes_a_publisher(user, instances):
    """Deleting a published snippet takes it off the site, as unpublishing does: only for a user
    who may publish it (Wagtail asks the same of a live page). Communications could delete a live
    committee, and the Spanish forms stopped mailing it."""
    live = [instance for instance in instances if getattr(instance, "live", False)]
    if live and not user_may_publish(user, live[0]):
        return _(
            "A published item is taken off the site by a moderator: unpublishing or deleting it."
        )
    return None


def publishes(request):
    """Whether a snippet form's POST publishes: Wagtail's edit form ("action-publish") or the
    translation editor, which posts to the same URL ("action=publish")."""
    return request.method == "POST" and (
        "action-publish" in request.POST or request.POST.get("action") == "publish"
    )


def publish_after_the_source(request, instance):
    """The snippet side of SourceFirstPermissionTester: a Spanish committee whose English one
    was never approved would offer visitors a committee, and its address, no one reviewed."""
    if publishes(request) and not source_is_live(instance):
        return _("The Spanish version can be published once the English one is approved.")
    return None


def snippets_added_in_their_language(request, model):
    """The add view takes its locale from the query string (?locale=es): the same rule as for
    existing snippets, Translators in Spanish and everyone else in English."""
    code = request.GET.get("locale") or Locale.get_default().language_code
    adds_source = code == Locale.get_default().language_code
    if adds_source == is_translator(request.user):
        return snippet_refusal(request.user)
    return None


def bulk_snippets_by_language(request, view_kwargs):
    """Snippet bulk actions (delete) act on the ids in the query string: each one must be of the
    user's language, as in the views of one snippet."""
    user = request.user
    model = snippet_model_named(view_kwargs["app_label"], view_kwargs["model_name"])
    if user.is_superuser or model is None or not issubclass(model, TranslatableMixin):
        return None
    ids = [value for value in request.GET.getlist("id") if value.isdigit() or value == "all"]
    objects = model.objects.all() if "all" in ids else model.objects.filter(pk__in=ids)
    default = Locale.get_default().pk
    if is_translator(user):
        foreign = objects.filter(locale_id=default)
    else:
        foreign = objects.exclude(locale_id=default)
    if foreign.exists():
        return snippet_refusal(user)
    if view_kwargs["action"] == "delete":
        return deleting_published_takes_a_publisher(user, list(objects))
    return None


def snippet_refusal(user):
    if is_translator(user):
        return _("Translators work on the Spanish version, in the translation editor.")
    return _("The Spanish version is the translators': send the English one for translation.")


def translations_of_snippets_are_the_translators(request, view_kwargs):
    """wagtail-localize lets whoever may edit a snippet model write its translations' strings
    and overrides (PUT, PO upload, machine translation): for snippets, Translators only (pages
    have per-tree permissions already)."""
    user = request.user
    if user.is_superuser or is_translator(user):
        return None
    translation = Translation.objects.filter(pk=view_kwargs["translation_id"]).first()
    if translation is None:
        return None
    model = translation.source.specific_content_type.model_class()
    if model is not None and issubclass(model, Page):
        return None
    return snippet_refusal(user)


def snippet_model(namespace):
    """The snippet model of an admin URL namespace ("wagtailsnippets_home_footertext")."""
    return {
        f"wagtailsnippets_{m._meta.app_label}_{m._meta.model_name}": m for m in get_snippet_models()
    }.get(namespace)


# (URL namespace, URL name) of an admin view -> the check run before it, which returns why the
# request is refused, or None. tests/test_permission_matrix.py lists every admin URL and fails
# on a wagtail-localize view that is neither here nor reviewed as safe: an upgrade's new view
# cannot slip through.
VIEW_CHECKS = {
    ("wagtail_localize", "submit_page_translation"): submit_only_english,
    ("wagtail_localize", "submit_snippet_translation"): submit_only_english,
    ("wagtail_localize", "update_translations"): sync_publishes_only_for_publishers,
    ("wagtail_localize", "convert_to_alias"): never,
    ("wagtail_localize", "stop_translation"): administrators_only,
    ("wagtail_localize", "edit_string_translation"): translations_of_snippets_are_the_translators,
    ("wagtail_localize", "edit_override"): translations_of_snippets_are_the_translators,
    ("wagtail_localize", "upload_pofile"): translations_of_snippets_are_the_translators,
    ("wagtail_localize", "machine_translate"): translations_of_snippets_are_the_translators,
    ("wagtailadmin_pages", "set_privacy"): privacy_follows_the_source,
    ("", "wagtail_bulk_action"): bulk_snippets_by_language,
}


class AdminBoundaryMiddleware:
    """Runs VIEW_CHECKS before the admin views they name, and keeps translators off English
    snippets in every snippet view. A refusal is answered as Wagtail
    answers its own (the admin home with the reason as an error message; 403 to scripts).
    The Sync page, rendered, loses the offers these checks would refuse."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        match = request.resolver_match
        if (
            match is not None
            and (match.namespace, match.url_name) == ("wagtail_localize", "update_translations")
            and request.user.is_authenticated
            and response.context_data
        ):
            offer_only_what_sync_allows(request, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.user.is_authenticated:
            return None  # the view itself sends anonymous visitors to the login page
        if english_page := english_page_for_a_translator(request, match, view_kwargs):
            return redirect(english_page.get_url(request))
        # Refusals in the user's admin language, as Wagtail's views speak.
        with override(UserProfile.get_for_user(request.user).get_preferred_language()):
            if check := VIEW_CHECKS.get((match.namespace, match.url_name)):
                reason = check(request, view_kwargs)
            elif model := snippet_model(match.namespace):
                reason = snippets_by_language(request, view_kwargs, model)
            else:
                return None
        if reason is None:
            return None
        # Scripts (the translation editor's PUTs among them) get a plain refusal.
        if request.method not in ("GET", "POST") or (
            request.headers.get("x-requested-with") == "XMLHttpRequest"
        ):
            return HttpResponseForbidden(reason)
        messages.error(request, reason)
        return redirect("wagtailadmin_home")


def say_when_publishing_waits(request, instance):
    """Above the translation editor: why there is no Publish button yet."""
    if request.method == "GET" and not source_is_live(instance):
        messages.info(
            request,
            _("The Spanish version can be published once the English one is approved."),
        )


def english_page_for_a_translator(request, match, view_kwargs):
    """The live English page a translator asks to edit, or None. The translation editor links
    its English source by the source's edit URL, which Wagtail refuses translators: they are
    shown the English page as visitors see it instead."""
    if (match.namespace, match.url_name) != ("wagtailadmin_pages", "edit"):
        return None
    if request.method != "GET" or not is_translator(request.user):
        return None
    page = Page.objects.filter(pk=view_kwargs["page_id"], live=True).first()
    if page is None or not is_source_locale(page):
        return None
    return page


def refuse_plain_editor(request, instance):
    """Spanish pages and snippets are edited in wagtail-localize's translation editor (its
    before_edit_* hooks, which run after ours, take the request). Where there is no translation
    to edit, the plain editor would let a translator change synchronized fields (recipients,
    links): for administrators only. Returns a refusal, or None."""
    if request.user.is_superuser or is_source_locale(instance):
        return None
    translations = Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id
    )
    restarting = "localize-restart-translation" in request.POST
    if translations.filter(enabled=True).exists() or (
        restarting and translations.filter(enabled=False).exists()
    ):
        return None
    return permission_denied(request)
