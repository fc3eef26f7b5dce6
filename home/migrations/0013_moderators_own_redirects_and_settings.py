"""Redirects and site settings are the Moderators' (issue 14). Both go live the moment they are
saved, with no draft and no review: a redirect sends visitors of any URL wherever it says, the
site settings hold the donate link (where money goes) and the contact details. Communications,
who must never publish without a moderator's approval, lose them; Wagtail has no read-only view
of either, so they keep nothing. Translators never had them and get none. Administrators keep
everything."""

from django.db import migrations
from django.db.models import Q

from ._permissions import perm

LIVE_ON_SAVE = [("home", "sitesettings"), ("wagtailredirects", "redirect")]
MODERATORS = [
    ("home", "change_sitesettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]


def live_on_save_permissions(apps):
    """Every permission a group could hold on those models, Django's "view" included."""
    Permission = apps.get_model("auth.Permission")
    models = Q()
    for app_label, model in LIVE_ON_SAVE:
        models |= Q(content_type__app_label=app_label, content_type__model=model)
    return Permission.objects.filter(models)


def moderators_own_them(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name in ("Communications", "Translators"):
        Group.objects.get(name=name).permissions.remove(*live_on_save_permissions(apps))
    Group.objects.get(name="Moderators").permissions.add(
        *(perm(apps, app_label, codename) for app_label, codename in MODERATORS)
    )


def communications_share_them_again(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Group.objects.get(name="Communications").permissions.add(
        *(perm(apps, app_label, codename) for app_label, codename in MODERATORS)
    )


class Migration(migrations.Migration):
    dependencies = [("home", "0012_translation_announcements")]

    operations = [migrations.RunPython(moderators_own_them, communications_share_them_again)]
