import posixpath
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.text import Truncator
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtail.models import Page

from .caching import cached_value
from .utils import active_locale, page_descriptions, paginate


def search(request):
    """Search the live pages of the active language only."""
    # NUL is no text (and PostgreSQL refuses it in any string). Double quotes are searched as
    # spaces: modelsearch's SQLite backend puts each term in FTS5 quotes without escaping them (a
    # syntax error), and our search has no phrase syntax anyway.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    results = []
    if terms := query.replace('"', " ").strip():
        locale = active_locale(request)
        # Private pages are not found: not their titles, nor, through the count, their words.
        # Wagtail's .public() (a query of the restrictions first): the search backend accepts
        # filters on indexed fields only (the tree path), not a subquery.
        pages = Page.objects.live().public().filter(locale=locale).search(terms)
        # The count of every match costs as much as the page of ten: once per search.
        count = cached_value(request, "search count", pages.count, locale.pk, terms)
        results = paginate(pages, request.GET.get("page"), 10, count)
        # Results of every page type: their descriptions in one query, not one per type.
        descriptions = page_descriptions(results)
        for page in results:
            page.search_summary = Truncator(descriptions[page.pk]).words(30)
    return render(
        request,
        "home/search.html",
        {"query": query, "results": results, "query_string": urlencode({"q": query}) + "&"},
    )


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def serve_media(request, path):
    """Uploads, where no web server serves them (settings.SERVE_MEDIA): images and their
    renditions. Never documents: a document of a private collection must pass Wagtail's
    /documents/ view, which asks for a login, and its uploaded file name is easy to guess.
    Django's static serve lets the file system's refusals through as 500s (a file name too long:
    OSError, on Python < 3.14): such a file does not exist."""
    # Normalized as serve() does, so "images/../documents/x.pdf" is a document too.
    top = posixpath.normpath(path).lstrip("/").split("/", 1)[0]
    if top == get_document_model()._meta.get_field("file").upload_to:
        raise Http404
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        raise Http404 from error
