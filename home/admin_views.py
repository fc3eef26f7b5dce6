"""Admin views of our own: the translation status report, unsent form emails."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .boundaries import is_translator
from .dashboard import is_reviewer
from .spreadsheets import spreadsheet_safe
from .translation_status import State, counts, translation_status
from .unsent_emails import ATTEMPTS, unsent_emails


def can_see_translation_status(user):
    """Everyone who edits pages: Communications (English) and Translators (Spanish)."""
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["change", "publish"])


class StatusFilter(forms.Form):
    state = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("All states")), *State.choices]
    )
    kind = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, data, kinds):
        super().__init__(data)
        self.fields["kind"].choices = [
            ("", _("All types")),
            *sorted(kinds.items(), key=lambda k: k[1]),
        ]


def translation_report(request):
    if not can_see_translation_status(request.user):
        raise PermissionDenied
    rows = translation_status()
    may_submit = request.user.has_perm("wagtail_localize.submit_translation")
    translates = is_translator(request.user)
    for row in rows:
        row.offer_to(may_submit, translates)
    totals = counts(rows)
    kinds = {str(row.content_type_id): capfirst(row.kind) for row in rows}
    # Unknown filter values are ignored rather than refused: the report still answers.
    form = StatusFilter(request.GET, kinds)
    form.is_valid()
    state = form.cleaned_data.get("state")
    kind = form.cleaned_data.get("kind")
    if state:
        rows = [row for row in rows if row.state == state]
    if kind:
        rows = [row for row in rows if str(row.content_type_id) == kind]

    if request.GET.get("export") == "csv":
        return _csv(rows)
    return render(
        request,
        "home/admin/translation_report.html",
        {"rows": rows, "form": form, "totals": totals},
    )


def _csv(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
    writer = csv.writer(response)
    headings = [
        _("Title"),
        _("Type"),
        _("State"),
        _("Strings translated"),
        _("Strings"),
        _("English published"),
        _("Last synced"),
        _("Spanish published"),
    ]
    lines = [
        [
            row.title,
            capfirst(row.kind),
            row.state_label,
            row.translated,
            row.total,
            _local(row.source_updated_at),
            _local(row.synced_at),
            _local(row.target_updated_at),
        ]
        for row in rows
    ]
    # Titles are typed by editors and translators: a spreadsheet must not run one as a formula.
    for cells in [headings, *lines]:
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return response


def _local(moment):
    """In the site's time zone, as people read it (a spreadsheet still sorts it)."""
    return localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def can_see_unsent_emails(user):
    """Superusers and moderators: they answer for what the site's forms promise."""
    return is_reviewer(user)


def unsent_emails_report(request):
    if not can_see_unsent_emails(request.user):
        raise PermissionDenied
    return render(
        request,
        "home/admin/unsent_emails.html",
        {"emails": unsent_emails(), "attempts": ATTEMPTS},
    )
