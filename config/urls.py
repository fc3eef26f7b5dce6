from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import LogoutView
from blog.feeds import LatestPostsFeed
from home import views as home_views
from home.caching import reads_query_parameters
from home.sitemaps import BilingualSitemap

# Admin and documents live outside the language prefix; every public page is under /en/ or /es/.
urlpatterns = [
    # Wagtail's sign-out, which signed out half on GET (accounts.views.LogoutView); wrapped as
    # Wagtail wraps its own, so its message is in the editor's admin language.
    path(
        "admin/logout/",
        require_admin_access(LogoutView.as_view()),
        name="wagtailadmin_logout",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's URL for a private collection's password, before wagtaildocs_urls: with a limit
    # on tries.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        home_views.authenticate_with_document_password,
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", home_views.serve_media))

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # Wagtail's URL for a private page's password, before wagtail_urls: with a limit on tries.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.authenticate_with_password,
    ),
    path("feed/", reads_query_parameters()(LatestPostsFeed()), name="posts_feed"),
    path("", include(wagtail_urls)),
)
