from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import Locale, TranslatableMixin

TRANSLATORS = "Translators"


@hooks.register("before_edit_snippet")
def translators_edit_only_translations(request, instance):
    """Snippet permissions are per model, not per locale: keep Translators off the English
    (source) snippets, as their page permissions keep them off the English tree."""
    user = request.user
    if (
        isinstance(instance, TranslatableMixin)
        and not user.is_superuser
        and instance.locale_id == Locale.get_default().pk
        and user.groups.filter(name=TRANSLATORS).exists()
    ):
        raise PermissionDenied
