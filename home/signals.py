"""What follows the English tree into the Spanish one without anyone syncing: the Translators
group's page permissions, privacy, and going offline or away.

The Spanish home page only exists once someone translates the English one, after migrations
ran; whenever a home page is saved in a locale other than the default, Translators get change
and publish rights on it (and so on its subtree), and nothing else.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish import UnpublishAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    TranslatableMixin,
)
from wagtail.signals import page_unpublished, unpublished
from wagtail_localize.models import TranslationSource

from .models import HomePage

TRANSLATOR_PAGE_PERMISSIONS = ("change_page", "publish_page")


@receiver(post_save, sender=HomePage)
def grant_translators_the_translated_tree(sender, instance, raw=False, **kwargs):
    if raw or instance.locale_id == Locale.get_default().pk:
        return
    translators = Group.objects.filter(name="Translators").first()
    if translators is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(
            group=translators, page=instance, permission=permission
        )


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restrict_translations_as_the_source(sender, instance, raw=False, action=None, **kwargs):
    """A translation is exactly as private as its English page, from the moment the English
    page's privacy changes (wagtail-localize copies it only when someone syncs: until then a
    page made private stayed public in Spanish). Groups are set after the restriction is
    saved, hence m2m_changed too; copying is idempotent. Privacy is set on English pages only
    (home.boundaries), so a change on a translation is ours and goes no further."""
    if raw or (action or "").startswith("pre_"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()  # gone, if deleted with its page
    if page is None or page.locale_id != Locale.get_default().pk:
        return
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return  # never sent for translation: it has none
    for translation in page.get_translations():
        source.sync_view_restrictions(page, translation)


# Deleting or unpublishing an English page does the same to its translations, whichever way it
# happens: the page's own views (which also say so in their confirmation: home.wagtail_hooks),
# bulk actions, the admin API, an expiry date reached in publish_scheduled. A Spanish page left
# behind stayed live and listed, out of the translation report, and no role could remove it.


def is_english(instance):
    return instance.locale_id == Locale.get_default().pk


@receiver(page_unpublished)
def unpublish_translations_with_the_english_page(sender, instance, **kwargs):
    if not is_english(instance):
        return
    for translation in Page.objects.translation_of(instance, inclusive=False).live().specific():
        UnpublishPageAction(translation).execute(skip_permission_checks=True)


@receiver(unpublished)
def unpublish_translations_with_the_english_snippet(sender, instance, **kwargs):
    """Snippets too: a Spanish committee whose English one went offline would still be offered
    on the Spanish forms."""
    if not isinstance(instance, TranslatableMixin) or not is_english(instance):
        return
    for translation in instance.get_translations().filter(live=True):
        UnpublishAction(translation).execute(skip_permission_checks=True)


@receiver(pre_delete, sender=Page)
def delete_translations_with_the_english_page(sender, instance, **kwargs):
    """Once the deletion is committed: the page's delete view, atomic, deletes the translations
    itself after the English page (from objects it loaded before), and would fail on pages
    already gone."""
    if not is_english(instance):
        return
    key, locale = instance.translation_key, instance.locale_id

    def delete_translations():
        for translation in Page.objects.filter(translation_key=key).exclude(locale=locale):
            DeletePageAction(translation).execute(skip_permission_checks=True)

    transaction.on_commit(delete_translations)
