"""On PostgreSQL: an index for site search, and one index fewer on Wagtail's page table.

- Wagtail's database search backend matches `(title || body) @@ query` on its index table. The
  table has GIN indexes on `title` and on `body`, but none on their concatenation, so every
  search read and concatenated every entry: 180 ms for one count at 10,000 posts
  (bench/serve_load.py). A GIN index on that very expression serves the match: 19 ms.
- `home_page_path_prefix` (0007) repeats the `path varchar_pattern_ops` index Django already
  makes for the unique `path` column (`wagtailcore_page_path_..._like`): it only slowed writes.

SQLite's search backend (FTS5) has its own index; nothing to do there.
"""

from django.db import migrations

SEARCH_INDEX = "home_search_title_body"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )
        schema_editor.execute("DROP INDEX IF EXISTS home_page_path_prefix")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS home_page_path_prefix "
            "ON wagtailcore_page (path varchar_pattern_ops)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_page_tree_indexes"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
