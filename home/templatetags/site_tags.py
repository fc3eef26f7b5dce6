"""Template tags for what every public page shares: home link, menu, language switcher, footer."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.text import Truncator
from wagtail.models import Page, Site

from home.caching import cache_query, fragment_cache
from home.models import FooterText
from home.utils import context_locale, in_private_section, page_description, prefetch_renditions

register = template.Library()


def _navigation(request, page=None):
    """What the head links, the header and the footer of a page show, in one query per request:
    the live versions of `page` and of the site's home page, {translation key: {language code:
    page}}, and the live public pages right under the home page of every language (a handful of
    rows): those shown in menus make the main menu, all of them the footer's list."""
    site = Site.find_for_request(request)
    if site is None:
        return {}, []
    root = site.root_page
    wanted = {root.translation_key} | ({page.translation_key} if page else set())
    if not hasattr(request, "_navigation"):
        request._navigation = ({}, [])
        in_sections = Q(depth=root.depth + 1)
    else:
        in_sections = Q(pk__in=[])  # the sections are fetched already
    versions, sections = request._navigation
    if missing := wanted - versions.keys():
        for key in missing:
            versions[key] = {}
        for found in (
            Page.objects.live()
            .filter(Q(translation_key__in=missing) | in_sections)
            .annotate(private=in_private_section())
            .select_related("locale")
            .order_by("path")
        ):
            if found.translation_key in missing:
                versions[found.translation_key][found.locale.language_code] = found
            # A private page is no menu item (its translations still switch languages).
            if found.depth == root.depth + 1 and not found.private:
                sections.append(found)
    return versions, sections


def _locale_sections(context):
    """The live public pages right under the home page of the active language."""
    home = locale_home(context)
    _versions, sections = _navigation(context["request"])
    return [page for page in sections if page.path.startswith(home.path)] if home else []


def _locale_home(request, language_code=None):
    """The home page of a language (the active one by default), or None if it is not live."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    versions, _menu = _navigation(request)
    return versions[site.root_page.translation_key].get(language_code or translation.get_language())


@register.simple_tag(takes_context=True)
def locale_home(context):
    request = context["request"]
    if "_locale_home" not in context.render_context:
        context.render_context["_locale_home"] = _locale_home(request)
    return context.render_context["_locale_home"]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    current = context.get("page")
    return {
        "items": [page for page in _locale_sections(context) if page.show_in_menus],
        "current_path": current.path if current else "",
        # An inclusion tag's template does not see the page's context: pass the request on, so
        # {% pageurl %} resolves every item with the site root paths it caches.
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language, for the switcher and hreflang links.

    Each entry: code, name, url, current (the page's own language), translated (the page exists
    in that language). Where a page has no live translation yet, the entry points to that
    language's home page (design.md)."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        versions, _menu = _navigation(request, page)
        translations = versions[page.translation_key]
    versions = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            translated = target is not None
            if target is None:
                target = _locale_home(request, code)
            url = target.get_url(request) if target else f"/{code}/"
            full_url = target.get_full_url(request) if translated else None
        else:
            # Views that are not pages (search, 404) exist in every language at the same path.
            translated = True
            # Only what the view reads: the page cache stores one copy for all the rest.
            query = cache_query(request)
            path = escape_uri_path(request.path) + (f"?{iri_to_uri(query)}" if query else "")
            url = translate_url(path, code)
            full_url = request.build_absolute_uri(url)
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "current": code == current,
                "translated": translated,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def footer_cache(context):
    """How `{% cache %}` keeps the footer: per site and language, until the site changes."""
    request = context["request"]
    site = Site.find_for_request(request)
    return fragment_cache(request, vary=(site.pk if site else None, translation.get_language()))


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Every section of the site in the active language, menu or not (the footer's list): a
    visitor finds the pages the menu leaves out (people, invite a speaker...) from any page."""
    return _locale_sections(context)


@register.simple_tag(takes_context=True)
def footer_text(context):
    return FooterText.objects.filter(locale=context_locale(context), live=True).first()


# Fields that can stand in for a page's share image, in order.
IMAGE_FIELDS = ("hero_image", "logo", "photo")


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Title, description, canonical URL and share image of the page, with fallbacks: the
    description falls back to the page's summary or introduction, the image to the site's."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return {"description": "", "canonical": "", "image": "", "type": "website"}
    description = page_description(page)
    image = next((value for f in IMAGE_FIELDS if (value := getattr(page, f, None))), None)
    if image is not None:
        # The page shows this image too (hero, logo, portrait): one query for all its
        # renditions serves the share image here and the picture further down.
        prefetch_renditions(image)
        image_url = request.build_absolute_uri(image.get_rendition("fill-1200x630|format-jpeg").url)
    else:
        image_url = request.build_absolute_uri(static("images/share.png"))
    return {
        "description": Truncator(description).chars(300),
        "canonical": page.get_full_url(request),
        "image": image_url,
        "type": "article" if page.specific_class.__name__ == "BlogPostPage" else "website",
    }
