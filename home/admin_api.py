"""The admin API's page endpoint (/admin/api/main/pages/), with a page's details readable by
every admin user: wagtail-localize's translation editor shows a chosen page (a partner card, a
page link) by fetching the details of the English page, which Wagtail serves only to users who
may explore it. Translators, who have no permission on the English tree, saw "Fetching page
information..." for ever.

Reading a title is no more than the page chooser already shows every admin user, and the
details view is read-only (GET). The listing and the actions (publish, move, delete...) keep
Wagtail's rules: they reach only the pages the user may explore, and each action checks the
user's permission on its page.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page


class ReadablePagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """Wagtail's endpoint, with the details view open on every page. Where the user may not
    edit the page asked for but may edit a translation of it (a translator asking for the
    English page chosen in the source), the details are the translation's: the editor shows the
    Spanish page the Spanish site links to, and its "Edit this page" opens for the translator."""

    def get_queryset(self):
        if self.action == "detail_view":
            return Page.objects.exclude(depth=1).defer_streamfields().specific()
        return super().get_queryset()

    def get_object(self):
        page = super().get_object()
        if self.action != "detail_view" or self.user_may_edit(page):
            return page
        translations = Page.objects.translation_of(page).specific().order_by("locale_id")
        return next((other for other in translations if self.user_may_edit(other)), page)

    def user_may_edit(self, page):
        return page.permissions_for_user(self.request.user).can_edit()
