from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import Truncator
from wagtail.models import Locale, Page

from .utils import page_description, paginate


def search(request):
    """Search the live pages of the active language only."""
    query = request.GET.get("q", "").strip()[:200]
    results = []
    if query:
        pages = Page.objects.live().filter(locale=Locale.get_active()).specific().search(query)
        results = paginate(pages, request.GET.get("page"), 10)
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
