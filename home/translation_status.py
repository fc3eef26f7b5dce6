"""Where the Spanish site stands against the English one, for every page and translatable snippet.

Built on wagtail-localize's own records (wagtail-notes.md): a TranslationSource holds the English
content as last synced (`last_updated_at`), a Translation its Spanish target, StringSegment and
StringTranslation the strings and their translations. A constant number of queries answers for
the whole site, whatever its size.
"""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, IntegerField, OuterRef, Sum
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.models import Locale, Page
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .dashboard import scheduled_go_live


class State:
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    UP_TO_DATE = "up-to-date"
    OUT_OF_DATE = "out-of-date"
    SCHEDULED = "scheduled"  # published by its translator, goes live with its English page

    LABELS = {
        NOT_STARTED: _("Not started"),
        IN_PROGRESS: _("In progress"),
        SCHEDULED: _("Scheduled"),
        UP_TO_DATE: _("Up to date"),
        OUT_OF_DATE: _("Out of date"),
    }
    # After a number ("2 out of date"), where Spanish agrees with it: "2 desactualizados".
    COUNTED = {
        NOT_STARTED: ngettext_lazy("not started", "not started", "count"),
        IN_PROGRESS: ngettext_lazy("in progress", "in progress", "count"),
        UP_TO_DATE: ngettext_lazy("up to date", "up to date", "count"),
        OUT_OF_DATE: ngettext_lazy("out of date", "out of date", "count"),
        SCHEDULED: ngettext_lazy("scheduled to go live", "scheduled to go live", "count"),
    }
    choices = list(LABELS.items())


@dataclass
class Row:
    """One English page or snippet and the state of its translation into one locale."""

    title: str
    translation_key: UUID  # the English object's, shared with its translations
    kind: str  # the content type's verbose name
    content_type_id: int
    source_edit_url: str
    source_updated_at: datetime | None  # English: last published (pages) or saved (snippets)
    synced_at: datetime | None  # when its strings were last sent to translation
    target_updated_at: (
        datetime | None
    )  # the translation: last published (pages) or saved (snippets)
    total: int = 0
    translated: int = 0
    state: str = State.NOT_STARTED
    needs_sync: bool = False  # out of date because the English changed after the last sync
    submit_url: str = ""  # wagtail-localize's "Translate this page", while not started
    sync_url: str = ""  # its "Sync translated pages", while the English is ahead of the sync
    target_edit_url: str = ""  # the translation editor of the translated object
    target_scheduled_at: datetime | None = None  # when the published translation goes live
    title_url: str = ""  # set by offer_to: the version this user works on
    action_url: str = ""  # set by offer_to: the next step this user may take
    action_label: str = ""

    @property
    def state_label(self):
        if self.state == State.OUT_OF_DATE:
            return (
                _("Out of date: needs sync")
                if self.needs_sync
                else _("Out of date: needs translation")
            )
        return State.LABELS[self.state]

    def offer_to(self, may_submit, translates):
        """Link only what this user can open (design.md: a role never meets a dead end):
        translators the Spanish version, in the translation editor; the others the English one,
        and wagtail-localize's submit and sync views if they may use them."""
        if translates:
            self.title_url = self.target_edit_url
            if self.target_edit_url:
                self.action_url, self.action_label = self.target_edit_url, _("Translate")
            return
        self.title_url = self.source_edit_url
        if may_submit and self.submit_url:
            self.action_url, self.action_label = self.submit_url, _("Submit for translation")
        elif may_submit and self.sync_url:
            self.action_url, self.action_label = self.sync_url, _("Sync")


def translatable_snippet_models():
    return [model for model in get_snippet_models() if hasattr(model, "translation_key")]


def _progress(source_ids, locale):
    """{source_id: (total strings, translated strings)} in one query."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=locale,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(done=Cast(Exists(translated), IntegerField()))
        .values("source_id")
        .annotate(total=Count("pk"), translated=Sum("done"))
    )
    return {row["source_id"]: (row["total"], row["translated"] or 0) for row in rows}


def translation_status(target_locale=None):
    """Rows for every English (default locale) page below the root and every translatable
    snippet, with the state of its translation into `target_locale` (Spanish by default)."""
    source_locale = Locale.get_default()
    target_locale = target_locale or Locale.objects.exclude(pk=source_locale.pk).first()

    # Source objects: pages, then each translatable snippet model (a constant number of models).
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .only(
            "id", "title", "translation_key", "content_type_id", "last_published_at", "path", "live"
        )
        .order_by("path")
    )
    objects = [(page, page.content_type_id, page.last_published_at) for page in pages]
    # translation_key -> (the translated object's edit URL, when it went live, has a draft,
    # when it is scheduled to go live)
    targets = {
        page.translation_key: (
            _edit_url(page),
            page.last_published_at if page.live else None,
            page.has_unpublished_changes,
            page.scheduled_at,
        )
        for page in Page.objects.filter(locale=target_locale, depth__gt=1)
        .only("id", "translation_key", "live", "last_published_at", "has_unpublished_changes")
        .annotate(scheduled_at=scheduled_go_live())
    }
    for model in translatable_snippet_models():
        content_type_id = ContentType.objects.get_for_model(model).pk
        # Snippets keep revisions: the latest one says when the English last changed.
        for instance in model.objects.filter(
            locale__in=[source_locale, target_locale]
        ).select_related("latest_revision"):
            if instance.locale_id == source_locale.pk:
                revision = instance.latest_revision
                objects.append(
                    (instance, content_type_id, revision.created_at if revision else None)
                )
            else:
                saved_at = instance.latest_revision.created_at if instance.latest_revision else None
                targets[instance.translation_key] = (_edit_url(instance), saved_at, False, None)

    keys = [obj.translation_key for obj, _, _ in objects]
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    translations = {
        translation.source_id: translation
        for translation in Translation.objects.filter(
            source__in=sources.values(), target_locale=target_locale, enabled=True
        )
    }
    progress = _progress([s.pk for s in sources.values()], target_locale)

    rows = []
    for obj, content_type_id, published_at in objects:
        source = sources.get(obj.translation_key)
        translation = translations.get(source.pk) if source else None
        target_edit_url, target_published_at, target_draft, target_scheduled_at = targets.get(
            obj.translation_key, ("", None, False, None)
        )
        row = Row(
            title=str(obj.title if isinstance(obj, Page) else obj),
            translation_key=obj.translation_key,
            kind=str(
                ContentType.objects.get_for_id(content_type_id).model_class()._meta.verbose_name
            ),
            content_type_id=content_type_id,
            source_edit_url=_edit_url(obj),
            source_updated_at=published_at,
            synced_at=source.last_updated_at if translation else None,
            target_updated_at=target_published_at,
            target_edit_url=target_edit_url,
        )
        if translation is None:
            # An English draft never published has nothing to translate yet: not listed.
            if getattr(obj, "live", True):
                row.submit_url = _submit_url(obj)
                rows.append(row)
            continue
        row.total, row.translated = progress.get(source.pk, (0, 0))
        needs_sync = published_at is not None and published_at > source.last_updated_at
        behind = (
            published_at is not None
            and target_published_at is not None
            and published_at > target_published_at
        )
        if needs_sync or behind:
            # English changed after the Spanish was synced, or after it was last published.
            row.state = State.OUT_OF_DATE
            row.needs_sync = needs_sync
            if needs_sync:
                row.sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
        else:
            complete = row.translated == row.total
            # A page counts as translated once its translation is live, with no draft.
            published = bool(target_edit_url) and not target_draft
            if isinstance(obj, Page):
                published = published and target_published_at is not None
            row.state = State.UP_TO_DATE if complete and published else State.IN_PROGRESS
            if not published and target_scheduled_at:
                row.state = State.SCHEDULED
                row.target_scheduled_at = target_scheduled_at
        rows.append(row)
    return rows


def _edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[obj.pk])


def _submit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    meta = obj._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, obj.pk],
    )


def counts(rows):
    """[(state, label after the number, number of rows in that state)], in the order of
    State.LABELS."""
    totals = dict.fromkeys(State.LABELS, 0)
    for row in rows:
        totals[row.state] += 1
    return [
        (state, State.COUNTED[state] % {"count": total}, total) for state, total in totals.items()
    ]
