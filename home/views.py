from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import Truncator
from wagtail.models import Locale, Page

from .utils import page_description


def search(request):
    """Search the live pages of the active language only."""
    query = request.GET.get("q", "").strip()[:200]
    results = []
    if query:
        pages = Page.objects.live().filter(locale=Locale.get_active()).specific().search(query)
        paginator = Paginator(pages, 10)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
        for page in results:
            page.search_summary = Truncator(page_description(page)).words(30)
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
