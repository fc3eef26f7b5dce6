from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from . import views
from .views import app_of


@hooks.register("register_admin_urls")
def two_factor_urls():
    # Wagtail wraps these in require_admin_access: signed-in editors only, in their language.
    return [
        path("two-factor/", views.two_factor, name="accounts_two_factor"),
        path("two-factor/set-up/", views.set_up, name="accounts_two_factor_set_up"),
        path("two-factor/turn-off/", views.turn_off, name="accounts_two_factor_turn_off"),
        path("two-factor/verify/", views.verify, name="accounts_two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    """Account › More actions."""
    if app_of(request.user):
        help_text = _("On: signing in asks for a code from your authenticator app.")
    else:
        help_text = _("Off: add a code from an app on your phone to your password.")
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": help_text,
    }
