"""The page cache: public pages for anonymous visitors come from the cache (Redis in
production), and are purged whenever what the public site shows changes.

Which responses: GET and HEAD of the public site (under /en/ or /es/) from a visitor without a
session cookie, answered 200 without setting a cookie. Editors, translators, previews and anyone
logged in always get a page rendered for them, never stored, and marked private so no browser or
CDN keeps it; form pages set the CSRF cookie, so they are never shared either. A page is stored
per URL and per value of the query parameters it reads (`cache_query_parameters` on its page
type, `reads_query_parameters` on a view): any other parameter is served the same copy, so made-up
ones (`?zz=1`, `?zz=2`...) cannot fill the store, which in production evicts nothing.

Purging: every stored page carries the *generation* it was stored under, and only pages of the
current one are served. Publishing, unpublishing, moving or deleting a page in either language,
and saving a snippet, a setting, an image or a document start a new generation once the change
is committed. A new post shows on its index, the home page, every campaign and tour page (recent
posts) and its similar posts; a footer text on every page: purging everything is the one rule
that is always right, and it costs each page one render. Stale entries are replaced by the next
render, or expire with PAGE_CACHE_TIMEOUT.

Behind a CDN (settings.WAGTAILFRONTENDCACHE, production.py), Wagtail purges a published page's URL
and we purge its translations and the pages above it (its index, the home page) in every
language; what else lists it refreshes within the `s-maxage` of PUBLIC_CACHE_CONTROL.

Fragments: what many pages, or many URLs of one listing, render alike (the footer, the posts
index's filter options, the counts of listings and searches, the recent posts, the request's
Site) is kept in the same store under the same generation (cached_value, fragment_cache;
FRAGMENT_CACHE_TIMEOUT), so it is purged by the same changes, and a page the page cache does not
hold yet is cheaper to render.
"""

import hashlib
import secrets
from functools import wraps
from operator import itemgetter
from urllib.parse import urlencode

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.view_restrictions import BaseViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

GENERATION_KEY = "page-cache:generation"
# Longer query strings (crawlers, attacks) are rendered, not stored: they would only evict pages.
MAX_CACHED_QUERY_LENGTH = 200
# What analytics, ads and newsletters append to links to the site (besides every utm_...). No
# page reads them: a page is the same with or without them, so they must not make it a page of
# its own in the cache (each shared link would otherwise be rendered and stored again).
TRACKING_PARAMETERS = {"fbclid", "gclid", "mc_cid", "mc_eid"}


def is_tracking(name):
    """A parameter no page reads (TRACKING_PARAMETERS, utm_...), whatever the page."""
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith("utm_")


def declare_query_parameters(request, names):
    """Say which query parameters the response to `request` depends on: the page cache keys it
    by these alone, so any other (`?zz=1`, `?zz=2`...) is served the same stored copy instead of
    filling Redis with copies of it. Pages declare theirs in `cache_query_parameters`
    (home.wagtail_hooks), views with `reads_query_parameters`."""
    request.page_cache_query_parameters = frozenset(names)


def reads_query_parameters(*names):
    """Decorate a public view that is not a page with the query parameters it reads."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            declare_query_parameters(request, names)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def cache_query(request, names=None):
    """The query string of `request` that its response depends on, spelt one way: the
    parameters `names`, by default those the view declared it reads (or, before it has, all but
    the tracking ones), as Django parses them for the view, in order of name."""
    if names is None:
        names = getattr(request, "page_cache_query_parameters", None)
    kept = [
        (name, value)
        for name, values in request.GET.lists()
        if (name in names if names is not None else not is_tracking(name))
        for value in values
    ]
    return urlencode(sorted(kept, key=itemgetter(0)))


def page_key(url, query):
    return f"page:{hashlib.sha256(f'{url}?{query}'.encode()).hexdigest()}"


def parameters_key(url):
    """Where the query parameters the page at `url` reads are kept (PageCacheMiddleware)."""
    return f"page-parameters:{hashlib.sha256(url.encode()).hexdigest()}"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation(cache):
    """The generation pages are stored under; None when the cache cannot be reached (Redis down
    degrades to uncached serving)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def purge_page_cache():
    """Start a new generation when the current transaction commits: before then, a visitor's
    request still reads the old content and could store it under the new generation."""

    def start_new_generation():
        page_cache().set(GENERATION_KEY, secrets.token_hex(8), timeout=None)

    transaction.on_commit(start_new_generation)


def fragment_generation(request):
    """The generation fragments are kept under, or None when they are not kept (off, or the
    cache unreachable). Read once per request, however many fragments a page has (and not at
    all after the page cache's lookup, which reads it too)."""
    if settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return None
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = current_generation(page_cache())
    return request._page_cache_generation


def cached_value(request, name, compute, *vary):
    """What `compute()` returns, computed once per generation of the public site (at most
    FRAGMENT_CACHE_TIMEOUT seconds) and kept in the page cache's store: for what many pages, or
    many URLs of one listing, compute alike (a listing's filter options and its number of
    items). `vary` names what the value depends on besides the site's content (a page, a
    language, a filter). Computed afresh whenever the cache is off or unreachable."""
    generation = fragment_generation(request)
    if generation is None:
        return compute()
    key = f"fragment:{hashlib.sha256(repr((name, generation, *vary)).encode()).hexdigest()}"
    cache = page_cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.FRAGMENT_CACHE_TIMEOUT)
    return value


def fragment_cache(request, vary=()):
    """The arguments of Django's `{% cache %}` for a template fragment kept like cached_value
    (the footer, the posts index's filter form): {"timeout": seconds, 0 when nothing is to be
    kept; "vary": the generation and `vary`; "using": the cache alias}."""
    generation = fragment_generation(request)
    return {
        "timeout": settings.FRAGMENT_CACHE_TIMEOUT if generation is not None else 0,
        "vary": repr((generation, *vary)),
        "using": settings.PAGE_CACHE_ALIAS,
    }


class PageCacheMiddleware:
    """Serve and store public pages (see the module's docstring). Sits above the session,
    locale and CSRF middleware, so it sees the cookies and headers they add, and a hit skips
    them; below the security and CSP middleware, which add their headers to hits too."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def public_prefixes(self):
        return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        public = request.method in ("GET", "HEAD") and request.path_info.startswith(
            self.public_prefixes
        )
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            # Possibly logged in: a page for this person alone (userbar, previews, drafts).
            response = self.get_response(request)
            if public or not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
            return response
        if not public:
            return self.get_response(request)

        cache, url, generation, stored = self.lookup(request)
        if stored is not None:
            stored["X-Cache"] = "hit"
            return stored

        response = self.get_response(request)
        if not self.is_shareable(response):
            if response.cookies:
                add_never_cache_headers(response)
            return response
        patch_cache_control(response, **settings.PUBLIC_CACHE_CONTROL)
        if cache is not None and self.store(cache, url, generation, request, response):
            response["X-Cache"] = "miss"
        return response

    def lookup(self, request):
        """(cache, URL without its query, generation, stored response or None), with cache None
        when not to use it. Which query parameters a URL's page reads is known once it has been
        rendered, and kept beside it (store): one round trip reads the current generation, those
        parameters, and the entry for the query as sent (less tracking), the right one unless
        the query carries parameters the page does not read; a second trip then reads the page's
        copy without them. An entry counts only if stored under the current generation."""
        if settings.PAGE_CACHE_TIMEOUT <= 0:
            return None, None, None, None
        cache = page_cache()
        # The scheme too: absolute links (share images, feeds) follow it, and behind a proxy
        # that sets X-Forwarded-Proto a page rendered for https must not reach http visitors.
        url = f"{request.scheme}://{request.get_host()}{request.path}"
        query = cache_query(request)
        keys = [GENERATION_KEY, page_key(url, query), *([parameters_key(url)] if query else [])]
        found = cache.get_many(keys)
        generation = found.get(GENERATION_KEY) or current_generation(cache)
        request._page_cache_generation = generation  # the fragments' too (fragment_generation)
        if generation is None:
            return None, None, None, None
        parameters_generation, names = found.get(parameters_key(url), (None, None))
        if parameters_generation == generation and (read := cache_query(request, names)) != query:
            # Parameters the page does not read: its copy stored without them.
            query = read
            if len(query) <= MAX_CACHED_QUERY_LENGTH:
                found = cache.get_many([page_key(url, query)])
        if len(query) > MAX_CACHED_QUERY_LENGTH:
            return cache, url, generation, None
        stored_generation, stored = found.get(page_key(url, query), (None, None))
        return cache, url, generation, stored if stored_generation == generation else None

    @staticmethod
    def store(cache, url, generation, request, response):
        """Store `response` under the query parameters its view declared it reads, and keep
        those beside it for `url` (lookup); True if stored. A view that declared none may read
        any: its response is stored only for a request without query."""
        names = getattr(request, "page_cache_query_parameters", None)
        query = cache_query(request, names)
        if len(query) > MAX_CACHED_QUERY_LENGTH or (names is None and query):
            return False
        entries = {page_key(url, query): (generation, response)}
        if names is not None:
            entries[parameters_key(url)] = (generation, names)
        cache.set_many(entries, settings.PAGE_CACHE_TIMEOUT)
        return True

    @staticmethod
    def is_shareable(response):
        """The same for every anonymous visitor: a 200 that sets no cookie, asks for no privacy
        and varies on nothing but the cookie (Wagtail's userbar, absent without a session)."""
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        control = response.get("Cache-Control", "")
        if any(word in control for word in ("private", "no-cache", "no-store")):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        return vary <= {"cookie", "accept-encoding"}


class SiteLookupMiddleware:
    """Wagtail finds the request's Site with a query on every request (Site.find_for_request,
    which keeps it on the request as `_wagtail_site` for routing, settings and URLs). Here it is
    kept as a fragment per host: sites change rarely, and saving one starts a new generation.
    A host outside ALLOWED_HOSTS is left to Wagtail's lookup and Django's refusal."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            pass
        else:
            request._wagtail_site = cached_value(
                request, "site", lambda: Site.find_for_request(request), host, request.get_port()
            )
        return self.get_response(request)


@checks.register(checks.Tags.caches)
def check_shared_page_cache(app_configs, **kwargs):
    """A per-process cache would be purged only in the process that published."""
    if settings.PAGE_CACHE_TIMEOUT <= 0 and settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return []
    backend = settings.CACHES[settings.PAGE_CACHE_ALIAS]["BACKEND"]
    if backend.endswith(("locmem.LocMemCache", "dummy.DummyCache")):
        return [
            checks.Warning(
                "PAGE_CACHE_TIMEOUT or FRAGMENT_CACHE_TIMEOUT is set but the page cache is not "
                "shared between processes.",
                hint="Point CACHES[PAGE_CACHE_ALIAS] at Redis, or set both timeouts to 0.",
                id="home.W001",
            )
        ]
    return []


# What the public site shows besides pages: snippets (footer text, testimonials, committees,
# topics), settings (contact details), images and documents, sites and locales; and who may see
# them (the privacy of pages and of document collections).
def shows_on_public_pages(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    return (
        issubclass(
            model,
            (
                AbstractImage,
                AbstractDocument,
                BaseSiteSetting,
                BaseGenericSetting,
                Site,
                Locale,
                BaseViewRestriction,
            ),
        )
        or model in get_snippet_models()
    )


@receiver(post_save)
@receiver(post_delete)
def purge_on_content_change(sender, raw=False, **kwargs):
    if not raw and shows_on_public_pages(sender):
        purge_page_cache()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_private_pages_from_the_cdn(sender, instance, raw=False, **kwargs):
    """A page made private (or public again) in its Privacy dialog: the CDN must stop serving
    it, and the pages under it, to everyone (the page cache's generation is new already)."""
    if raw or not frontend_cache_configured():
        return
    page_id = instance.page_id

    def purge():
        # Gone with its page (deleted): Wagtail purged that page, unpublishing it first.
        if page := Page.objects.filter(pk=page_id).first():
            purge_frontend_cache(page.get_descendants(inclusive=True).live().specific(defer=True))

    transaction.on_commit(purge)


@receiver(page_published)
@receiver(page_unpublished)
def purge_on_publish(sender, instance, **kwargs):
    """Publishing (translations too: wagtail-localize publishes a revision), unpublishing, and
    deleting a live page (Wagtail unpublishes it first)."""
    purge_page_cache()
    if frontend_cache_configured():
        # Wagtail's frontend_cache purges the page's own URL; the rest is ours.
        purge_frontend_cache(pages_listing(instance, include_self=False))


@receiver(pre_page_move)
def remember_urls_before_move(sender, instance, **kwargs):
    # The URLs of the moved subtree change: the old ones are known only before the move.
    if frontend_cache_configured():
        moved = instance.get_descendants(inclusive=True).live().specific(defer=True)
        instance._urls_before_move = frontend_urls([*moved, *pages_listing(instance, False)])


@receiver(post_page_move)
def purge_on_move(sender, instance, **kwargs):
    purge_page_cache()
    if frontend_cache_configured():
        moved = instance.get_descendants(inclusive=True).live().specific(defer=True)
        purge_frontend_cache(
            [*moved, *pages_listing(instance, include_self=False)],
            extra_urls=getattr(instance, "_urls_before_move", ()),
        )


def pages_listing(page, include_self):
    """The live pages that link to `page` wherever the site lists pages: its translations and,
    in every language, the pages above it (its index, the home page)."""
    pages = []
    for translation in page.get_translations(inclusive=True).live().specific(defer=True):
        if include_self or translation.pk != page.pk:
            pages.append(translation)
        pages.extend(translation.get_ancestors().filter(depth__gt=1).live().specific(defer=True))
    return pages


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def frontend_urls(pages):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


def purge_frontend_cache(pages, extra_urls=()):
    """Purge `pages` (and `extra_urls`) from the CDN, through Wagtail's task: in production, the
    task worker sends the requests, not the editor's request."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache({*frontend_urls(pages), *extra_urls})
