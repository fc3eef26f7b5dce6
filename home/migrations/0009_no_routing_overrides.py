"""Translations may override images and documents only (home.boundaries): drop any other
override a translator saved before, so the next publish of a translation takes the English
page's recipients, links and routing again, and any other overridable segment, so the
translation editor no longer offers them."""

from django.db import migrations

# home.boundaries.PRESENTATION_OVERRIDES as of this migration.
PRESENTATION_OVERRIDES = {"hero_image", "logo", "photo", "bio_document", "image", "document"}


def drop_routing_overrides(apps, schema_editor):
    for name in ("SegmentOverride", "OverridableSegment"):
        model = apps.get_model("wagtail_localize", name)
        for row in model.objects.select_related("context"):
            if row.context.path.rsplit(".", 1)[-1] not in PRESENTATION_OVERRIDES:
                row.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_search_index_and_no_duplicate_path_index"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(drop_routing_overrides, migrations.RunPython.noop)]
