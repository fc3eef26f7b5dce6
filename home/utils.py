from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.html import strip_tags
from wagtail.models import Locale, Page


def localized_pages(pages, locale=None):
    """The live translations of `pages` in `locale` (the active one by default), in the same
    order, as specific pages, in one query. Pages without a live translation are left out, so no
    English page is ever linked from the Spanish site (design.md)."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = locale or Locale.get_active()
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(locale=locale, translation_key__in=[p.translation_key for p in pages])
        .specific()
    }
    return [translations[p.translation_key] for p in pages if p.translation_key in translations]


# Fields that can describe a page, in order of preference (meta description, search results).
DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_intro", "role")


def page_description(page):
    """The page's own description, or the first of its summary, introduction... as plain text."""
    for field in DESCRIPTION_FIELDS:
        if value := getattr(page, field, ""):
            return strip_tags(str(value)).strip()
    return ""


def paginate(items, page_number, per_page):
    """A page of `items`; a bad or out-of-range number gives the first or the last page, never
    an error (visitors type and share these URLs)."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
