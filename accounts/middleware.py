"""Two-factor authentication is available to every editor, and required of those who turned it on.

django-otp's OTPMiddleware (before this one) tells whether this session entered a code
(`request.user.is_verified()`); this middleware makes that count.
"""

import django_otp
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse

# What someone who gave the right password but not yet the code may open.
BEFORE_THE_CODE = {
    "accounts_two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class TwoFactorMiddleware:
    """A user who has an authenticator app and signed in with the password only is sent to the
    code step from every other URL: until they enter the code, their session opens nothing
    (no admin page, no preview, no private page or document). Users without an app sign in
    with their password, as before."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if needs_code(request):
            return redirect_to_login(request.get_full_path(), reverse("accounts_two_factor_verify"))
        return self.get_response(request)


def needs_code(request):
    # No session, nobody signed in: no query, and the response does not vary on the cookie.
    if request.session.session_key is None:
        return False
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    if not django_otp.user_has_device(user, confirmed=True):
        return False
    try:
        return resolve(request.path_info).url_name not in BEFORE_THE_CODE
    except Resolver404:
        return True
