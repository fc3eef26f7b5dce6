"""Bylines become translatable child objects: each existing row gets its own translation key and
its page's locale before the fields become required."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_keys(apps, schema_editor):
    BlogPostAuthor = apps.get_model("blog", "BlogPostAuthor")
    for author in BlogPostAuthor.objects.select_related("page"):
        author.translation_key = uuid.uuid4()
        author.locale_id = author.page.locale_id
        author.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0004_snippet_revisions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="blogpostauthor",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="blogpostauthor",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="blogpostauthor",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="blogpostauthor",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterModelOptions(
            name="blogpostauthor",
            options={
                "abstract": False,
                "ordering": ["sort_order"],
                "verbose_name": "author",
                "verbose_name_plural": "authors",
            },
        ),
        migrations.AlterUniqueTogether(
            name="blogpostauthor",
            unique_together={("translation_key", "locale")},
        ),
    ]
