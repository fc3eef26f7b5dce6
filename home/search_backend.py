"""The site's search backend: Wagtail's database backend (PostgreSQL full-text search in
production, SQLite FTS5 on `make run`), with one needless cost taken out of PostgreSQL's query.

modelsearch filters on the concatenated vector `title || body` through an annotation, and an
annotation is also selected: every matching entry's two vectors are joined and carried through
the sort of the ranking, only to be thrown away. A search for a word of most posts (10,000 posts,
6,000 matches) spent 17 of its 53 ms on it. Filtering on the expression needs no selecting: the
compiler here keeps it as QuerySet.alias() would, so the query matches, ranks and orders exactly
as before (and still uses the index of migration home 0008)."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

MATCHED_VECTOR = "_vector_"


class SearchQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        queryset = super().search(config, start, stop, score_field=score_field, backend=backend)
        query = queryset.query
        if MATCHED_VECTOR in query.annotation_select:
            # What QuerySet.alias() does: the annotation stays usable in WHERE, not in SELECT.
            query.set_annotation_mask(set(query.annotation_select) - {MATCHED_VECTOR})
        return queryset


class SiteSearchBackend(PostgresSearchBackend):
    query_compiler_class = SearchQueryCompiler


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up in a backend's module)
    """The database's own backend, as `wagtail.search.backends.database` chooses it."""
    if connection.vendor == "postgresql":
        return SiteSearchBackend(params)
    return database_backend(params)
