"""Content-Security-Policy per area: the strict policy of settings.CONTENT_SECURITY_POLICY on the
public site, a relaxed one (settings.CSP_ADMIN_DIRECTIVES) under the Wagtail admin, whose pages
still carry inline scripts and styles. And a limit on the size of request bodies."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _


class SiteCSPMiddleware(CSPMiddleware):
    @cached_property
    def admin_prefix(self):
        return reverse("wagtailadmin_home")

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # A view's own @csp_override / @csp_replace still wins.
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(self.admin_prefix)
        ):
            parts.config = settings.CSP_ADMIN_DIRECTIVES
        return parts


class RequestSizeLimitMiddleware:
    """Refuse (413) a request whose body is larger than the largest upload allowed plus the form
    around it, before anything reads it: Django would otherwise write the whole body to a
    temporary file before Wagtail finds the file too big. Django reads no body without a
    Content-Length, so that header is enough to check. The web server in front should set the
    same limit (README, "Production")."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.limit = settings.MAX_REQUEST_BODY_SIZE
        self.largest_file = max(
            settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        )

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > self.limit:
            return HttpResponse(
                _("This upload is too big: a file can be at most %(size)s.")
                % {"size": filesizeformat(self.largest_file)},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
