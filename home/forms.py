"""The public side of form pages: the visitor's form (with the local-committee choice) and the
spam defences that need no third-party service (a honeypot field and a rate limit per client IP)."""

from django import forms
from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm
from wagtail.models import Locale

from campaigns.models import Committee

# Keys of the extra values a submission stores beside the editor's fields.
COMMITTEE = "committee"
LANGUAGE = "site_language"
NO_COMMITTEE = "none"
# A text input that only bots fill: hidden from people by CSS and from assistive technology by
# aria-hidden (home/templates/home/form_page.html). Named to tempt form-filling bots.
HONEYPOT = "homepage_url"
# At most this many stored submissions per client IP and window (seconds), on all forms.
RATE_LIMIT = 5
RATE_WINDOW = 10 * 60


class VisitorForm(BaseForm):
    """Base class of a form page's public form (FormPage.get_form_class)."""

    routed_committee = None

    def clean_committee(self):
        """Keep the chosen committee, in the default language, for the email (its address is
        the one staff keep on the English committee, whatever a translation says) and for the
        stored name, so English and Spanish submissions of one committee read the same in the
        export. Only the live English committee: its address is the one a moderator approved
        (a Spanish committee goes live only after its English one, home.boundaries)."""
        key = self.cleaned_data[COMMITTEE]
        if key == NO_COMMITTEE:
            return ""
        committees = Committee.objects.filter(translation_key=key, live=True)
        if not committees.filter(locale=self.page.locale).exists():  # gone since it was shown
            raise forms.ValidationError(_("Choose a committee from the list."))
        self.routed_committee = committees.filter(locale=Locale.get_default()).first()
        if self.routed_committee is None:  # the English one went offline: staff receive it
            return committees.get(locale=self.page.locale).name
        return self.routed_committee.name


def committee_field(locale):
    """A required choice of the local committees of `locale`, by translation key (the same
    value in every language), with a way out for visitors who have none nearby."""
    committees = Committee.objects.filter(locale=locale, live=True)
    return forms.ChoiceField(
        label=_("Local committee"),
        help_text=_("Your message goes to the committee you choose."),
        choices=[
            ("", _("Choose a committee")),
            *[(str(committee.translation_key), committee.name) for committee in committees],
            (NO_COMMITTEE, _("There is no committee near me")),
        ],
    )


def client_ip(request):
    """REMOTE_ADDR, or behind a trusted reverse proxy the address it appended last to
    X-Forwarded-For (the ones before it come from the client and can be forged)."""
    if settings.FORMS_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(request, scope, limit, window):
    """Count one attempt at `scope` (a kind of action, and what it acts on) from the client's
    IP; False once there were more than `limit` in `window` seconds. The window starts at the
    first attempt (incr keeps the key's expiry)."""
    cache = caches["ratelimit"]
    key = f"{scope}:{client_ip(request)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        count = 1
        cache.set(key, count, timeout=window)
    return count <= limit


def allow_submission(request):
    """Count one form submission from the client's IP (on all forms); False once over the
    limit."""
    return within_rate_limit(request, "form-submissions", RATE_LIMIT, RATE_WINDOW)
