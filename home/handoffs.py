"""Handoffs between English and Spanish with no one pressing "Sync translated pages" (issue 15).

- English published: its translation source is brought up to date at once, as the Sync view
  does without "Publish immediately" (the strings already translated are kept; privacy follows),
  so translators find the changed strings waiting in the translation editor. Nothing Spanish is
  published: a translator publishes.
- Translators are told: `manage.py send_translation_digest`, run periodically, mails the
  Translators group one digest in Spanish of what is new or changed since the last one
  (TranslationAnnouncement remembers what was announced).
- Communications are told: when a translation is published, whoever submitted it for
  translation and whoever wrote the English now translated are emailed, in their admin language.

Emails go through the task queue (home.tasks). A failure here is logged and never stops a
publication.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language_info, override
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.signals import published
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from .boundaries import TRANSLATORS, is_source_locale
from .models import TranslationAnnouncement
from .tasks import send_staff_notification
from .translation_status import State, translation_status

logger = logging.getLogger(__name__)


@receiver(published)
def hand_over_published_content(sender, instance, revision=None, **kwargs):
    """Wagtail sends `published` for pages and for snippets with drafts alike."""
    if not isinstance(instance, TranslatableMixin):
        return
    try:
        # A savepoint: a failure here must not spoil the publication's transaction.
        with transaction.atomic():
            if is_source_locale(instance):
                update_translation_source(instance)
            else:
                tell_who_asked(instance, revision)
    except Exception:
        logger.exception("Publishing %r: the translation handoff failed", instance)


def update_translation_source(instance):
    """What the Sync view does without "Publish immediately": the source from the English as
    now published, and the translations' privacy as the English page's."""
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return  # never sent for translation
    source.update_from_db()
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        source.update_target_view_restrictions(translation.target_locale)


def tell_who_asked(translated, revision):
    """Email who submitted `translated` for translation, and who wrote the English it now
    translates, that it is published (not the translator who published it)."""
    translation = (
        Translation.objects.filter(
            source__object_id=translated.translation_key,
            target_locale_id=translated.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return  # a Spanish page or snippet of its own, not a translation
    source = translation.source
    english = source.get_source_instance()
    # The submission saved the first revision of the translation, as its submitter.
    submission = (
        TranslationLog.objects.filter(
            source=source, locale_id=translated.locale_id, revision__isnull=False
        )
        .select_related("revision__user")
        .order_by("created_at")
        .first()
    )
    askers = {
        submission.revision.user if submission else None,
        english.live_revision.user if english.live_revision else None,
    }
    askers -= {None, revision.user if revision else None}
    # Where Communications can go: the public Spanish page, and their English one.
    links = {
        "live_url": translated.full_url if isinstance(translated, Page) else "",
        "english_url": get_admin_base_url() + source.get_source_instance_edit_url(),
    }
    for user in askers:
        if user.is_active and user.email:
            notify_published_translation(user, translated, english, links)


def notify_published_translation(user, translated, english, links):
    with override(UserProfile.get_for_user(user).get_preferred_language()):
        language = get_language_info(translated.locale.language_code)["name_translated"]
        subject = _("%(language)s translation published: %(title)s") % {
            "language": language,
            "title": english,
        }
        body = render_to_string(
            "home/email/translation_published.txt",
            {
                "user": user,
                "title": str(english),
                "language": language,
                **links,
            },
        )
    send_staff_notification.enqueue(subject, body, [user.email])


def announced_version(row):
    """When the English translators work from last changed: the last update of its translation
    source (an unpublished English draft does not count); for content never sent for
    translation, when the English was last published."""
    return row.source_updated_at if row.state == State.NOT_STARTED else row.synced_at


def news_for_translators(target_locale):
    """[(row, version)] of translation_status that are not up to date in `target_locale` and
    changed since the digest last announced them."""
    announced = dict(
        TranslationAnnouncement.objects.filter(locale=target_locale).values_list(
            "translation_key", "version"
        )
    )
    news = []
    for row in translation_status(target_locale):
        version = announced_version(row)
        if row.state == State.UP_TO_DATE or version is None:
            continue
        if row.translation_key not in announced or version > announced[row.translation_key]:
            news.append((row, version))
    return news


def send_translation_digest():
    """Mail each translator one digest of what waits for them that they were not told of yet,
    in Spanish, then remember it as announced. Returns how many items it announced."""
    target_locale = Locale.objects.exclude(pk=Locale.get_default().pk).first()
    translators = (
        get_user_model()
        .objects.filter(groups__name=TRANSLATORS, is_active=True)
        .exclude(email="")
        .order_by("pk")
    )
    with override("es"):  # the rows' kinds too
        news = news_for_translators(target_locale)
        if not news or not translators:
            return 0  # nobody told: it is still news for the next digest
        subject = _("Waiting for Spanish: %(count)d new or changed") % {"count": len(news)}
        context = digest_context(news)
        with transaction.atomic():  # queued and remembered together
            for user in translators:
                body = render_to_string(
                    "home/email/translation_digest.txt", {**context, "user": user}
                )
                send_staff_notification.enqueue(subject, body, [user.email])
            for row, version in news:
                TranslationAnnouncement.objects.update_or_create(
                    translation_key=row.translation_key,
                    locale=target_locale,
                    defaults={"version": version},
                )
    return len(news)


def digest_context(news):
    """Translations under way, newest first, each with a link to its translation editor (which
    translators may open); then what awaits Communications, with no link a translator could
    follow."""
    base_url = get_admin_base_url()
    started = sorted(
        (row for row, _version in news if row.state != State.NOT_STARTED),
        key=lambda row: row.synced_at,
        reverse=True,
    )
    return {
        "waiting": [
            {"row": row, "url": base_url + row.target_edit_url if row.target_edit_url else ""}
            for row in started
        ],
        "not_started": [row for row, _version in news if row.state == State.NOT_STARTED],
        "report_url": base_url + reverse("translation_report"),
    }
