"""Keep the Translators group's page permissions on the Spanish tree.

The Spanish home page only exists once someone translates the English one, after migrations
ran; whenever a home page is saved in a locale other than the default, Translators get change
and publish rights on it (and so on its subtree), and nothing else.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Locale

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
