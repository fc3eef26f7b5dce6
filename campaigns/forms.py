"""Admin forms that check what a single field cannot: a tour's stops against its dates."""

from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class TourPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        stops = self.formsets.get("stops")
        if stops is None or not stops.is_valid():
            return cleaned_data
        previous = None
        # In the order the editor arranged them, without the deleted ones.
        for form in stops.ordered_forms:
            date = form.cleaned_data.get("date")
            if date is None:
                continue
            if start and end and not start <= date <= end:
                form.add_error(
                    "date",
                    _("This stop is outside the tour's dates (%(start)s to %(end)s).")
                    % {
                        "start": formats.date_format(start, "DATE_FORMAT"),
                        "end": formats.date_format(end, "DATE_FORMAT"),
                    },
                )
            elif previous and date < previous:
                form.add_error(
                    "date",
                    _("Put the stops in date order: this one comes before the stop above it."),
                )
            previous = date
        return cleaned_data
