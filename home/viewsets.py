"""Admin viewsets of our own."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .boundaries import working_locale


class WorkingLocaleSnippetViewSet(SnippetViewSet):
    """A translatable snippet's listing shows each role the locale it works in, the one whose
    snippets it may open (home.boundaries refuses the other): translators the Spanish ones,
    everyone else the English ones. Administrators see both."""

    def get_queryset(self, request):
        if request.user.is_superuser:
            return None  # Wagtail's own listing, with its locale filter
        return self.model._default_manager.filter(locale=working_locale(request.user))
