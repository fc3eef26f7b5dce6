"""Admin viewsets of our own: snippet listings by the locale each role works in, and the footer
text's (registered by the apps' wagtail_hooks).

Every page shows one footer text, its language's: a second one in a language was never shown,
and its editor did not know why. So the English footer text is added once, then edited; the
Spanish one is its translation, made by wagtail-localize, never added by hand.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import set_query_params
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import CreateView, IndexView, SnippetViewSet

from .boundaries import PublishedSnippetPermissionPolicy, working_locale
from .models import FooterText


class WorkingLocaleSnippetViewSet(SnippetViewSet):
    """A translatable snippet's listing shows each role the locale it works in, the one whose
    snippets it may open (home.boundaries refuses the other): translators the Spanish ones,
    everyone else the English ones. Administrators see both."""

    def register_permissions(self):
        # Before Wagtail would register its plain policy for the model.
        register_permission_policy(
            self.model, PublishedSnippetPermissionPolicy(self.model), exact_class=True
        )
        super().register_permissions()

    def get_queryset(self, request):
        if request.user.is_superuser:
            return None  # Wagtail's own listing, with its locale filter
        return self.model._default_manager.filter(locale=working_locale(request.user))


def why_not_add(locale):
    """Why no footer text can be added in `locale`, or None."""
    if locale != Locale.get_default():
        return _(
            "A footer text in another language is a translation of the English one: "
            "translate that one rather than adding one."
        )
    if FooterText.objects.filter(locale=locale).exists():
        return _("There is already a footer text in this language: edit it rather than adding one.")
    return None


class FooterTextIndexView(IndexView):
    """The listing, with "Add" only while the English footer text is missing."""

    def get_add_url(self):
        return None if why_not_add(self.locale) else super().get_add_url()


class FooterTextCreateView(CreateView):
    """Refuses a footer text that would never be shown (by a click or by autosave), and says
    why, back on the listing."""

    def run_before_hook(self):
        if reason := why_not_add(self.locale):
            if self.expects_json_response:
                return self.json_error_response("one_footer_text_per_language", reason)
            messages.error(self.request, reason)
            listing = reverse(self.index_url_name)
            return redirect(set_query_params(listing, {"locale": self.locale.language_code}))
        return super().run_before_hook()

    def get_translations(self):
        # No links to adding the footer text in other languages: those are translations.
        return []


class FooterTextViewSet(WorkingLocaleSnippetViewSet):
    """One footer text per language."""

    model = FooterText
    index_view_class = FooterTextIndexView
    add_view_class = FooterTextCreateView
    copy_view_enabled = False
