import posixpath
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.static import serve
from wagtail import views as wagtail_views
from wagtail.documents import get_document_model
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from .caching import cached_value, reads_query_parameters
from .forms import within_rate_limit
from .utils import active_locale, page_descriptions, paginate


@reads_query_parameters("q", "page")
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


# Tries at a private page's or collection's password per client IP and restriction: enough for
# a person who mistypes, far too few to guess (a guesser would otherwise try dozens a second).
PASSWORD_TRIES = 10
PASSWORD_WINDOW = 15 * 60


def refuse_password_tries(request, restriction_model, restriction_id, render):
    """Before Wagtail's password views: None while the client may try `restriction_id`'s
    password (a GET, or a POST within PASSWORD_TRIES per client IP and restriction in
    PASSWORD_WINDOW seconds). Beyond, `render(restriction, form)`'s password form again with
    an error, status 429, the password unchecked."""
    scope = f"password:{restriction_model._meta.model_name}:{restriction_id}"
    if request.method != "POST" or within_rate_limit(
        request, scope, PASSWORD_TRIES, PASSWORD_WINDOW
    ):
        return None
    restriction = get_object_or_404(restriction_model, id=restriction_id)
    form = PasswordViewRestrictionForm(
        instance=restriction, initial={"return_url": request.POST.get("return_url", "")}
    )
    form.cleaned_data = {}  # unbound (the password is not checked): add_error needs it
    form.add_error(
        None, _("Too many tries with a wrong password. Please wait 15 minutes, then try again.")
    )
    response = render(restriction, form)
    response.status_code = 429
    return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form of a private page (config/urls.py puts this view at its URL),
    with a limit on tries (refuse_password_tries). Counted per restriction (the protected
    page): the URL's page id only chooses which page the form is shown on."""

    def render(restriction, form):
        page = get_object_or_404(Page, id=page_id).specific
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        return page.serve_password_required_response(request, form, action_url)

    refusal = refuse_password_tries(request, PageViewRestriction, page_view_restriction_id, render)
    return refusal or wagtail_views.authenticate_with_password(
        request, page_view_restriction_id, page_id
    )


def authenticate_with_document_password(request, restriction_id):
    """Wagtail's password form of a private collection's documents (config/urls.py puts this
    view at its URL), with the same limit on tries, counted per collection restriction."""

    def render(restriction, form):
        action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
        template = getattr(
            settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
        )
        return TemplateResponse(request, template, {"form": form, "action_url": action_url})

    refusal = refuse_password_tries(request, CollectionViewRestriction, restriction_id, render)
    return refusal or document_views.authenticate_with_password(request, restriction_id)


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
