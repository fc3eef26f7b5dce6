"""The admin in Spanish (issue 15): a translator, whose admin language is Spanish, reads no English
word in it but names and content, Wagtail's and wagtail-localize's strings included; each admin
language writes dates its own way."""

import html
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from campaigns.models import Committee, TourStop
from home.models import FooterText, Testimonial

pytestmark = pytest.mark.django_db

# Words of the admin's own English that are no Spanish word: one of them in what the translator
# reads is a string that Wagtail, wagtail-localize or we left untranslated.
ENGLISH_WORDS = (
    "about account actions add all and any application are avatar back by change changes child "
    "choose close comment comments copy created current date default delete document documents "
    "download draft edit edited editing email file filter filters first for from guide has help "
    "history image images in is keyboard language last live locale lock locking manually minimap "
    "modal more move name new none not of on one options or owner page pages password preview "
    "profile publish published referenced region report reports save scheduled search section "
    "select selected server settings shortcut shortcuts show site source status target text the "
    "this time times to toggle translate translated translation translations type unknown unlock "
    "unpublish updated upload usage use user uses version view what's whats with workflow you "
    "your zone form snippet snippets submission submissions january february march april may june "
    "july august september october november december monday tuesday wednesday thursday friday "
    "saturday sunday"
)
ENGLISH = frozenset(ENGLISH_WORDS.split())
# Names, the same in both languages: products, formats, keys; "English" is the language's own
# name in the list of admin languages, as "español" is.
NAMES = {"Wagtail", "JavaScript", "Solidaridad", "CSV", "PO", "Ctrl", "Alt", "Esc", "English"}
# English that Wagtail 8.0.1 and wagtail-localize 1.14.5 write without gettext, or from names
# that have no translation: no catalogue of ours reaches it.
LIBRARY_ENGLISH = {
    # wagtailadmin/shared/header.html: the hidden submit button of a header's search box.
    "Search",
    # wagtailadmin/shared/headers/_actions.html: the aria-label of the header's buttons.
    "Actions",
    # wagtailadmin/shared/side_panel_toggle.html: a hidden counter, until the script counts.
    "None",
    # The page search gives its table no verbose name: "1-3 de 3 None".
    re.compile(r"\d+-\d+ de \d+ None"),
    # wagtail-localize's report: django-filter's labels of two filters without one, and the
    # count of a model without a verbose name ("41 translations").
    "Source locale",
    "Target locale",
    re.compile(r"\d+ translations"),
    # wagtail-localize's editor script: its heading ("inglés to español translation") and the
    # hidden name of its footer's menu button.
    re.compile(r"\w+ to \w+ translation"),
    "More actions",
    # Snippet listings' breadcrumbs, translated once when Wagtail starts (gettext, not lazy):
    # "Home" too, which this test cannot tell from the home page's title.
    "Snippets",
}
# Values of the translation editor's props that it shows as its interface (not the content it
# translates, not "lastPublishedDate", which it does not show).
UI_PROPS = {"label", "displayName", "comment", "field", "subField"}


class VisibleText(HTMLParser):
    """What a user of the page reads or hears: text nodes (a <template>'s too: dialogs open from
    them), labels in attributes, and the labels in the JSON the admin's scripts render."""

    ATTRIBUTES = {"aria-label", "placeholder", "title", "alt", "data-w-tooltip-content-value"}

    def __init__(self):
        super().__init__()
        self.texts = []
        self.script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.texts += [attrs[name] for name in self.ATTRIBUTES & attrs.keys() if attrs[name]]
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.texts.append(attrs.get("value") or "")
        if "data-props" in attrs:  # wagtail-localize's translation editor
            self.texts += json_labels(json.loads(attrs["data-props"]))
        if tag in ("script", "style"):
            self.script = attrs

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.script = None

    def handle_data(self, data):
        if self.script is None:
            self.texts.append(data)
        elif self.script.get("type") == "application/json":  # the sidebar's menu, wagtailConfig
            self.texts += json_labels(json.loads(data))


def json_labels(value, key=None):
    """The strings under UI_PROPS keys, however deep."""
    if isinstance(value, dict):
        return [text for k, v in value.items() for text in json_labels(v, k)]
    if isinstance(value, list):
        return [text for item in value for text in json_labels(item, key)]
    return [value] if key in UI_PROPS and isinstance(value, str) else []


def content_strings():
    """Names and content of the demo site, in both languages: the translator reads the English
    source beside its translation."""
    strings = set(Page.objects.values_list("title", flat=True))
    for model in (Testimonial, Committee, FooterText):
        strings |= {str(obj) for obj in model.objects.all()}
    for stop in TourStop.objects.all():
        strings |= {stop.city, stop.event, stop.venue}
    strings |= {user.get_full_name() for user in get_user_model().objects.all()}
    return sorted(filter(None, strings), key=len, reverse=True)


def is_library_english(text):
    return any(
        allowed.fullmatch(text) if isinstance(allowed, re.Pattern) else allowed == text
        for allowed in LIBRARY_ENGLISH
    )


def english_in(page, content=()):
    """The texts of a page that hold an English word outside names and `content` (the demo
    site's besides), or two words run together ("Editando testimonioAmanda": a translation that
    lost a space)."""
    parser = VisibleText()
    parser.feed(page)
    content = sorted({*content, *content_strings()}, key=len, reverse=True)
    found = set()
    for text in parser.texts:
        text = " ".join(html.unescape(text).split())
        if is_library_english(text):
            continue
        # Time zones ("America/Port_of_Spain") are names.
        rest = re.sub(r"\S*/\S*", " ", text)
        run_together = [
            word
            for word in re.findall(r"[^\W\d_]+", rest)
            if word not in NAMES and re.search(r"[a-zá-ú][A-ZÁ-Ú]", word)
        ]
        for string in content:
            rest = rest.replace(string, " ")
        english = {w.lower() for w in re.findall(r"[A-Za-z']+", rest) if w not in NAMES}
        if english & ENGLISH or run_together:
            found.add(text)
    return sorted(found)


def editor_props(response):
    """The props wagtail-localize's translation editor is rendered with."""
    return json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.text).group(1)))


@pytest.fixture
def about_in_spanish(spanish):
    return Page.objects.get(
        locale=spanish, translation_key=Page.objects.get(slug="about").translation_key
    )


@pytest.fixture
def spanish_admin(spanish, about_in_spanish):
    """The admin pages a translator works in, Spanish content open where there is some."""
    es_home = Page.objects.get(locale=spanish, depth=2)
    testimonial = Testimonial.objects.get(locale=spanish)
    contact = Page.objects.get(
        locale=spanish, translation_key=Page.objects.get(slug="contact").translation_key
    )
    return {
        "snippets": reverse("wagtailsnippets:index"),
        "testimonials": reverse("wagtailsnippets_home_testimonial:list") + "?locale=es",
        "forms": reverse("wagtailforms:index"),
        "form submissions": reverse("wagtailforms:list_submissions", args=[contact.pk]),
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[es_home.pk]),
        "page editor": reverse("wagtailadmin_pages:edit", args=[about_in_spanish.pk]),
        "snippet editor": reverse("wagtailsnippets_home_testimonial:edit", args=[testimonial.pk]),
        "localize report": reverse("wagtail_localize:translations_report"),
        "status report": reverse("translation_report"),
        "account": reverse("wagtailadmin_account"),
        "page search": reverse("wagtailadmin_pages:search") + "?q=solidaridad",
        "page history": reverse("wagtailadmin_pages:history", args=[about_in_spanish.pk]),
        "page usage": reverse("wagtailadmin_pages:usage", args=[about_in_spanish.pk]),
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=[about_in_spanish.pk]),
        "workflow history": reverse(
            "wagtailadmin_pages:workflow_history", args=[about_in_spanish.pk]
        ),
    }


@pytest.mark.parametrize(
    "view",
    [
        "snippets",
        "testimonials",
        "forms",
        "form submissions",
        "dashboard",
        "explorer",
        "page editor",
        "snippet editor",
        "localize report",
        "status report",
        "account",
        "page search",
        "page history",
        "page usage",
        "unpublish",
        "workflow history",
    ],
)
def test_translator_reads_the_admin_in_spanish(translator_client, spanish_admin, view):
    response = translator_client.get(spanish_admin[view])
    assert response.status_code == 200
    english = english_in(response.text)
    assert not english, "English in the Spanish admin:\n" + "\n".join(english)


def test_translation_editor_names_languages_and_dates_in_spanish(
    translator_client, about_in_spanish
):
    """ "inglés → español", "Usa la versión en inglés", "Publicar en español"; and when each
    string was translated, with a Spanish month."""
    translations = StringTranslation.objects.filter(locale=about_in_spanish.locale)
    translations.update(updated_at=datetime(2026, 12, 2, 20, tzinfo=UTC))
    # One came from a PO file the translator uploaded.
    translations.filter(data=about_in_spanish.title).update(tool_name="PO File")
    response = translator_client.get(reverse("wagtailadmin_pages:edit", args=[about_in_spanish.pk]))
    props = editor_props(response)
    assert (props["sourceLocale"]["displayName"], props["locale"]["displayName"]) == (
        "inglés",
        "español",
    )
    comments = {translated["comment"] for translated in props["initialStringTranslations"]}
    assert comments == {
        "Traducido manualmente el 2 de diciembre de 2026",
        "Traducido con un archivo PO el 2 de diciembre de 2026",
    }


def test_translation_editor_script_has_spanish_for_each_of_its_strings(translator_client):
    """The editor's React app asks gettext for its strings: each has Spanish in the JavaScript
    catalogue it loads, and the one it appends a language to keeps its space."""
    with open(finders.find("wagtail_localize/js/wagtail-localize.js"), encoding="utf-8") as script:
        asked = {
            json.loads(f'"{s}"') for s in re.findall(r'rt\(\)\("((?:[^"\\]|\\.)*)"', script.read())
        }
    assert len(asked) > 40  # the script still calls gettext as `rt()(...)`
    response = translator_client.get(reverse("wagtail_localize:javascript_catalog"))
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", response.text, re.S).group(1))
    assert sorted(asked - catalog.keys()) == []
    assert catalog["Publish in "] == "Publicar en "
    assert catalog["Uses %s version"] == "Usa la versión en %s"


def test_our_catalogue_takes_precedence_over_wagtails():
    """Where Wagtail's Spanish says "Región" for a language, ours wins; plural forms too."""
    with translation.override("es"):
        assert translation.gettext("Locale") == "Idioma"
        summary = '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>'
        plural = '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>'
        assert translation.ngettext(summary, plural, 1).startswith("%(total)s página ")
        assert translation.ngettext(summary, plural, 29).startswith("%(total)s páginas ")


def test_each_admin_language_writes_dates_its_own_way(client, translator_client):
    """No 02/12/2026, which an English reader takes for February 12."""
    Page.objects.filter(slug="about").update(
        last_published_at=datetime(2026, 12, 2, 20, tzinfo=UTC)
    )
    spanish = translator_client.get(reverse("translation_report")).text
    client.force_login(get_user_model().objects.get(username="comms"))
    english = client.get(reverse("translation_report")).text
    assert "2 de diciembre de 2026" in spanish and "Dec. 2, 2026" in english
    for page in (spanish, english):
        assert not re.search(r"\d\d/\d\d/\d{4}", page)
