"""wagtail-localize's translation editor in the admin user's language, dates included."""

from django.utils import formats
from django.utils.timezone import localtime
from django.utils.translation import gettext
from wagtail_localize.models import StringTranslation


def string_translation_comment(translation):
    """How and when a string was translated, as the editor shows it beside the translation: "Traducido
    con un archivo PO el 2 de diciembre de 2026" for a translator, "Translated with PO File on
    Dec. 2, 2026" in English. The tool's name, as stored, is translated where we have it."""
    date = formats.date_format(localtime(translation.updated_at), "DATE_FORMAT")
    if translation.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=gettext(translation.tool_name), date=date
        )
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def localize_string_comments():
    """Have the editor's comments say the date in the user's language.

    wagtail-localize 1.14's `StringTranslation.get_comment` writes it with strftime, whose month
    names are the server's C locale's (English): "Traducido manualmente el 2 December 2026". The
    editor reads that method through its serializer's `get_comment` field; the Spanish admin test
    of the editor fails if it stops doing so."""
    StringTranslation.get_comment = string_translation_comment
