"""Field lists for wagtail-localize shared by every page type.

Each model lists its translatable and synchronized fields explicitly (design.md): implicit
defaults have translated slugs and snippet links in surprising ways on other sites.

Synchronized fields are `overridable=False` (wagtail-localize makes them overridable by default):
a translator must never change where mail, data or money goes, nor a date or a choice. The one
exception is media a translator may replace with its Spanish version: `SynchronizedField(...)`
left overridable for an image or a document, named in home.boundaries.PRESENTATION_OVERRIDES.
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

# The editable fields every Wagtail page has.
PAGE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    SynchronizedField("show_in_menus", overridable=False),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


def page_fields(*fields):
    """The page's own fields, after those every page has."""
    return [*PAGE_FIELDS, *fields]
