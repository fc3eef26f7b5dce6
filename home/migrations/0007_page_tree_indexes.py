"""Two indexes on Wagtail's page table, on PostgreSQL, for listings that stay fast with
thousands of pages (bench/serve_load.py):

- `path varchar_pattern_ops`: treebeard finds children and descendants with `path LIKE
  'prefix%'`, which the table's own btree index on `path` cannot serve unless the database's
  collation is "C" (child_of, get_children, descendant_of: every index page, every count).
- `depth WHERE show_in_menus`: the header's menu (home.templatetags.site_tags) reads the menu
  pages beside the page's translations in one query, an OR that otherwise scans every page.

SQLite plans these queries differently (LIKE is case-insensitive there); nothing to do.
"""

from django.db import migrations

INDEXES = {
    "home_page_path_prefix": "(path varchar_pattern_ops)",
    "home_page_menu_depth": "(depth) WHERE show_in_menus",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_partner_event_and_sign_on_blocks"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(create, drop)]
