"""Translations may override images and documents only (home.boundaries): drop any other
override a translator saved before, so the next publish of a translation takes the English
page's recipients, links and routing again."""

from django.db import migrations

# home.boundaries.PRESENTATION_OVERRIDES as of this migration.
PRESENTATION_OVERRIDES = {"hero_image", "logo", "photo", "bio_document", "image", "document"}


def drop_routing_overrides(apps, schema_editor):
    SegmentOverride = apps.get_model("wagtail_localize", "SegmentOverride")
    for override in SegmentOverride.objects.select_related("context"):
        if override.context.path.rsplit(".", 1)[-1] not in PRESENTATION_OVERRIDES:
            override.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_search_index_and_no_duplicate_path_index"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(drop_routing_overrides, migrations.RunPython.noop)]
