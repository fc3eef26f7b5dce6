from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Exists, F, OuterRef, TextField, Value, prefetch_related_objects
from django.db.models.functions import Coalesce, Length, NullIf, Substr
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Locale, Page, PageViewRestriction


def active_locale(request=None):
    """The Locale of the active language (`Locale.get_active()`), looked up once per request:
    the menu, footer and listings of a page all ask for it."""
    if request is None:
        return Locale.get_active()
    locales = request.__dict__.setdefault("_active_locales", {})
    code = translation.get_language()
    if code not in locales:
        locales[code] = Locale.get_active()
    return locales[code]


def context_locale(context):
    """The id of the locale a template shows content in: its page's (no query), or the active
    language's where there is no page (search, 404)."""
    page = context.get("page")
    if isinstance(page, Page) and page.locale_id:
        return page.locale_id
    return active_locale(context.get("request")).pk


def in_private_section(path="path"):
    """A condition true of a page behind a view restriction (a password, a login, groups), its
    own or one above it: `.live().exclude(in_private_section())` is what a visitor without a
    login may see listed, searched, fed or counted. Wagtail's `.public()` means the same, but
    first fetches every restriction in a query of its own; this is a subquery of the listing's
    query. `path`: the lookup of the page's tree path (e.g. "page__path" from a tour stop)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(path), 1, Length("page__path"))
        )
    )


def prefetch_renditions(*images):
    """Fetch the renditions of `images` (None allowed) in one query, so the pictures of a page
    and its share image read them from memory."""
    prefetch_related_objects([image for image in images if image is not None], "renditions")


def localized_pages(pages, locale=None, queryset=None):
    """The live, public translations of `pages` in `locale` (a Locale or its id; the active one
    by default), in the same order, as specific pages, in one query. Pages without one are left
    out, so no English page is ever linked from the Spanish site (design.md), and no private
    page from a public one.

    `queryset` (of one page model, e.g. `PartnerPage.objects.select_related("logo")`) fetches
    the translations with what their cards need, so a listing costs the same whatever its
    length; by default they come from `Page.objects.specific()` (a query per page type)."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = locale or Locale.get_active()
    queryset = Page.objects.specific() if queryset is None else queryset
    translations = {
        page.translation_key: page
        for page in queryset.live()
        .exclude(in_private_section())
        .filter(locale=locale, translation_key__in=[p.translation_key for p in pages])
    }
    return [translations[p.translation_key] for p in pages if p.translation_key in translations]


def localized_page(page_id, locale=None, queryset=None):
    """The live, public translation in `locale` (the active one by default) of the page whose id is
    `page_id` (a page foreign key's value, e.g. `featured_campaign_id`), or None: one query
    with a concrete page model's `queryset`, without fetching the page the key points at."""
    if page_id is None:
        return None
    queryset = Page.objects.specific() if queryset is None else queryset
    source = Page.objects.filter(pk=page_id).values("translation_key")
    return (
        queryset.live()
        .exclude(in_private_section())
        .filter(locale=locale or Locale.get_active(), translation_key__in=source)
        .first()
    )


# Fields that can describe a page, in order of preference (meta description, search results).
DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_intro", "role")


def page_description(page):
    """The page's own description, or the first of its summary, introduction... as plain text."""
    for field in DESCRIPTION_FIELDS:
        if value := getattr(page, field, ""):
            return strip_tags(str(value)).strip()
    return ""


def page_descriptions(pages):
    """{page id: page_description(page)} for pages of any type, in one query: a listing of
    pages of every type (search results) need not fetch each type's own row. Only the tables of
    the types listed are joined (joining all thirteen took PostgreSQL 2 ms to plan)."""
    candidates = [NullIf(F("search_description"), Value(""))]
    # In a stable order, so the query reads the same each time; None is a removed page type.
    models = sorted({page.specific_class for page in pages} - {None}, key=lambda m: m._meta.label)
    for name in DESCRIPTION_FIELDS[1:]:
        for model in models:
            fields = {field.name for field in model._meta.get_fields(include_parents=False)}
            if model is not Page and name in fields:
                candidates.append(NullIf(F(f"{model._meta.model_name}__{name}"), Value("")))
    descriptions = (
        Page.objects.filter(pk__in=[page.pk for page in pages])
        .annotate(description=Coalesce(*candidates, Value(""), output_field=TextField()))
        .values_list("pk", "description")
    )
    return {pk: strip_tags(description).strip() for pk, description in descriptions}


def paginate(items, page_number, per_page, count=None):
    """A page of `items`; a bad or out-of-range number gives the first or the last page, never
    an error (visitors type and share these URLs). `count`, if known, spares the count query."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is not computed
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
