"""Content-Security-Policy per area: the strict policy of settings.CONTENT_SECURITY_POLICY on the
public site, a relaxed one (settings.CSP_ADMIN_DIRECTIVES) under the Wagtail admin, whose pages
still carry inline scripts and styles."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse
from django.utils.functional import cached_property


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
