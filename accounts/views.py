"""Admin views of two-factor authentication (accounts.wagtail_hooks puts them under /admin/):
the code step of signing in, and the page where editors turn it on or off for themselves.

One authenticator app (a django-otp TOTP device) per account: no device, password only."""

import base64
import io

import django_otp
import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.account import LogoutView as WagtailLogoutView

from .forms import CodeForm, PasswordForm, SetUpForm


class LogoutView(WagtailLogoutView):
    """Signing out of the admin, on POST only (config/urls.py puts it at Wagtail's URL).

    Wagtail's view deletes the session cookie and says "You have been successfully logged out"
    whatever the method, after Django's view has answered: a GET (a typed URL, a link, a
    prefetch) got 405, its cookie deleted and its session left alive on the server. Here any
    other method gets Django's answer alone (405, or OPTIONS), and the cookie stays."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().dispatch(request, *args, **kwargs)
        return super(WagtailLogoutView, self).dispatch(request, *args, **kwargs)


def app_of(user):
    """The user's authenticator app, once set up; None if two-factor authentication is off."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def safe_next(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters()
def verify(request):
    """Second step of signing in, for users with an authenticator app (accounts.middleware
    sends them here after the password)."""
    device = app_of(request.user)
    next_url = safe_next(request)
    if device is None or request.user.is_verified():
        return redirect(next_url)
    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        # A session that gains rights gets a new key, as at the password step.
        request.session.cycle_key()
        django_otp.login(request, form.device)
        return redirect(next_url)
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "next": next_url})


def two_factor(request):
    """Account › Two-factor authentication: on or off, and the way to change it."""
    return TemplateResponse(
        request,
        "accounts/two_factor.html",
        {"device": app_of(request.user), "form": PasswordForm(request)},
    )


@never_cache
@sensitive_post_parameters()
def set_up(request):
    """Show a new secret (QR code and text) until its first code and the password confirm it.
    The secret stays the same between visits until then, so a reload does not undo a scan."""
    user = request.user
    if app_of(user) is not None:
        return redirect("accounts_two_factor")
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = SetUpForm(request, device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = form.device
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        django_otp.login(request, device)
        messages.success(
            request,
            _("Two-factor authentication is on: from now on, signing in asks for a code."),
        )
        return redirect("accounts_two_factor")
    secret = base64.b32encode(device.bin_key).decode()
    return TemplateResponse(
        request,
        "accounts/set_up.html",
        {
            "form": form,
            "qr_code": qr_code_data_url(device.config_url),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        },
    )


@require_POST
@sensitive_post_parameters()
def turn_off(request):
    form = PasswordForm(request, request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "accounts/two_factor.html",
            {"device": app_of(request.user), "form": form},
        )
    TOTPDevice.objects.filter(user=request.user).delete()
    messages.success(
        request, _("Two-factor authentication is off: signing in asks for your password only.")
    )
    return redirect("accounts_two_factor")


def qr_code_data_url(text):
    """The QR code as an SVG data: URL (black on white, readable in the admin's dark theme
    too); the admin's Content-Security-Policy allows data: images."""
    svg = io.BytesIO()
    qrcode.make(text, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=8).save(svg)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.getvalue()).decode()
