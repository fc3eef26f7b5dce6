"""The forms of two-factor authentication: the code at sign-in, and turning it on or off."""

from django import forms
from django.contrib.auth import authenticate
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def code_field():
    return forms.CharField(
        label=_("Code"),
        max_length=10,
        help_text=_("The 6-digit code that your authenticator app shows for Solidaridad."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def check_code(device, code):
    """Verify `code` against `device` (django-otp throttles it: each wrong code doubles the wait
    before the next try). Raises ValidationError after the transaction, so a failure stays
    counted."""
    code = code.replace(" ", "")
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _details = device.verify_is_allowed()
        verified = allowed and device.verify_token(code)
    if not allowed:
        raise forms.ValidationError(
            _("Too many wrong codes in a row. Wait a minute, then enter the code your app shows.")
        )
    if not verified:
        raise forms.ValidationError(
            _(
                "This code is not right. Enter the code your app shows now: it changes every 30 seconds."
            )
        )
    return device


class CodeForm(forms.Form):
    """The second step of signing in."""

    code = code_field()

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        self.device = check_code(self.device, self.cleaned_data["code"])
        return self.cleaned_data["code"]


class PasswordForm(forms.Form):
    """The current password, asked again before two-factor authentication changes. Checked
    through authenticate(), so django-axes counts wrong guesses here too."""

    password = forms.CharField(
        label=_("Current password"), strip=False, widget=forms.PasswordInput()
    )

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        if authenticate(self.request, username=user.get_username(), password=password) != user:
            raise forms.ValidationError(_("This is not your current password."))
        return password


class SetUpForm(PasswordForm):
    """Turning two-factor authentication on: the first code from the new app proves it was set
    up right."""

    code = code_field()
    field_order = ["code", "password"]

    def __init__(self, request, device, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.device = device

    def clean(self):
        # The code only once the password is right: checking it uses it up.
        if not self.errors:
            try:
                self.device = check_code(self.device, self.cleaned_data["code"])
            except forms.ValidationError as error:
                self.add_error("code", error)
        return self.cleaned_data
