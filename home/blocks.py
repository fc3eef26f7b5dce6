"""The StreamField blocks editors compose pages with, shared by every page type."""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from .utils import prefetch_renditions

# Groups in the block picker.
TEXT = _("Text")
MEDIA = _("Media")
ACTION = _("Take action")
ORGANIZING = _("Partners and events")


# What the blocks of a page show, fetched for all its StreamFields at once -------------------
# Listings never do N+1 (design.md), and a body is a listing too: ten partner cards, images or
# embeds cost the queries of one.

# Image fields of the pages blocks link to, shown on their cards.
CARD_IMAGE_FIELDS = ("hero_image", "logo", "photo")


def _leaves(value):
    """The values inside a StreamField value, however nested (structs, lists, streams)."""
    if isinstance(value, blocks.StreamValue):
        for child in value:
            yield from _leaves(child.value)
    elif isinstance(value, blocks.StructValue):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, ListValue):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def _localize(chosen, locale_id):
    """{page id: its live version in the locale, or the page itself (as `page.localized`)},
    and the card images of those versions: one query per page model with card images (with
    the images), one for all other pages."""
    by_model = defaultdict(list)
    for page in chosen:
        has_images = any(field.name in CARD_IMAGE_FIELDS for field in type(page)._meta.fields)
        by_model[type(page) if has_images else Page].append(page)
    versions, images = {}, []
    for model, sources in by_model.items():
        fields = [field.name for field in model._meta.fields if field.name in CARD_IMAGE_FIELDS]
        live = model.objects.live().filter(
            locale=locale_id, translation_key__in={page.translation_key for page in sources}
        )
        found = {page.translation_key: page for page in live.select_related(*fields)}
        images += [getattr(page, field) for page in found.values() for field in fields]
        for page in sources:
            versions[page.pk] = found.get(page.translation_key, page)
    return versions, images


def stream_prefetch(parent_context):
    """What the blocks of the page being rendered link to, fetched on the first block that
    asks, for all the page's StreamFields: {chosen page id: its version in the page's language
    (as `page.localized`)}. On the way, the renditions of every image they show are fetched in
    one query, and the stored embeds in another. None outside a page (block previews): blocks
    then look things up one by one."""
    page = (parent_context or {}).get("page")
    request = (parent_context or {}).get("request")
    if not isinstance(page, Page) or request is None:
        return None
    prefetched = request.__dict__.setdefault("_stream_prefetch", {})
    if page.pk not in prefetched:
        leaves = [
            leaf
            for field in page._meta.concrete_fields
            if isinstance(field, StreamField)
            for leaf in _leaves(getattr(page, field.attname))
        ]
        chosen = [leaf for leaf in leaves if isinstance(leaf, Page)]
        versions, card_images = _localize(chosen, page.locale_id)
        images = [leaf for leaf in leaves if isinstance(leaf, AbstractImage)]
        prefetch_renditions(*images, *card_images)
        _prefetch_embeds([leaf for leaf in leaves if isinstance(leaf, EmbedValue)])
        prefetched[page.pk] = versions
    return prefetched[page.pk]


def _prefetch_embeds(values):
    """Give several embeds stored already their HTML in one query (each `EmbedValue.html`
    looks its embed up otherwise; a single one may as well). Embeds not stored yet are fetched
    when shown, as usual."""
    if len(values) < 2:
        return
    by_hash = defaultdict(list)
    for value in values:
        by_hash[get_embed_hash(value.url, value.max_width, value.max_height)].append(value)
    stored = Embed.objects.exclude(cache_until__lte=timezone.now()).filter(hash__in=by_hash)
    for embed in stored:
        html = render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed})
        for value in by_hash[embed.hash]:
            value.__dict__["html"] = html  # EmbedValue.html is a cached property


def localized(chosen, parent_context):
    """`chosen.localized`, from the page's prefetched blocks where possible."""
    if chosen is None:
        return None
    prefetched = stream_prefetch(parent_context)
    if prefetched is not None and chosen.pk in prefetched:
        return prefetched[chosen.pk]
    return chosen.localized


class HeadingBlock(blocks.StructBlock):
    """A section heading; pages already own the h1."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"
        group = TEXT
        description = _(
            "A section heading that structures the page for readers and screen readers."
        )
        preview_value = {"text": "Worker to worker solidarity", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text, an optional caption, and the photo credit stored on the image."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"), max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"
        group = MEDIA
        description = _(
            "A photo with alt text and caption; the photographer's credit is shown too."
        )

    def get_preview_value(self):
        image = get_image_model().objects.exclude(credit="").first()
        if image is None:
            return None
        image_value = {"image": image.pk, "alt_text": image.title, "decorative": False}
        return self.to_python({"image": image_value, "caption": "Marchers in San Salvador."})

    def get_context(self, value, parent_context=None):
        stream_prefetch(parent_context)  # the renditions of all the page's images, at once
        return super().get_context(value, parent_context)


class QuoteBlock(blocks.StructBlock):
    """A pull quote or testimonial with its attribution."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"), max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
        group = TEXT
        description = _("Words from a union leader, a partner or a sustainer, with who said them.")
        preview_value = {
            "quote": "Solidarity is a two-way street between workers.",
            "attribution": "A SITRALONB organizer",
        }


class CallToActionBlock(blocks.StructBlock):
    """A button that sends readers to a page of the site or to another website."""

    text = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or external link"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"
        group = ACTION
        description = _("A prominent button: donate, invite a speaker, sign up...")
        preview_value = {"text": "Become a sustainer", "url": "https://example.org/donate"}

    def clean(self, value):
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a link."))}
            )
        return super().clean(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["link_page"] = localized(value.get("page"), parent_context)
        return context


class DocumentBlock(blocks.StructBlock):
    """A download link to a document from the library (a speaker's bio, a report)."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(required=False, label=_("Link text"), max_length=120)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "home/blocks/document.html"
        group = MEDIA
        description = _("A download link that shows the file type and size.")

    def get_preview_value(self):
        document = get_document_model().objects.first()
        return self.to_python({"document": document.pk, "label": ""}) if document else None


class LinkedEmbedBlock(EmbedBlock):
    """An embedded video or social post that degrades to a plain link.

    The site may run without internet access (and oEmbed providers go down): saving an URL
    whose embed cannot be fetched is allowed, and the page then shows a link instead.
    """

    def clean(self, value):
        return blocks.URLBlock.clean(self, value)

    def get_context(self, value, parent_context=None):
        stream_prefetch(parent_context)  # the page's stored embeds, at once
        return super().get_context(value, parent_context)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "home/blocks/embed.html"
        group = MEDIA
        preview_value = "https://www.youtube.com/watch?v=labor-notes"
        description = _(
            "A video or social media post by its URL; shown as a link when it cannot be embedded."
        )


class PrioritiesBlock(blocks.StructBlock):
    """A numbered list of priorities, as campaigns state them."""

    heading = blocks.CharBlock(required=False, label=_("Heading"), max_length=120)
    items = blocks.ListBlock(blocks.TextBlock(label=_("Priority")), label=_("Priorities"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered priorities")
        template = "home/blocks/priorities.html"
        group = TEXT
        description = _("A numbered list, for a campaign's priorities or a set of demands.")
        preview_value = {
            "heading": "Our priorities",
            "items": ["Unions targeted for repression", "Movements seeking liberation"],
        }


class PartnerCardBlock(blocks.StructBlock):
    """A partner union or ally, as a card linking to its profile."""

    partner = blocks.PageChooserBlock(target_model="campaigns.PartnerPage", label=_("Partner"))
    note = blocks.CharBlock(
        required=False,
        label=_("Note"),
        max_length=250,
        help_text=_("Optional: why this partner matters here. Replaces the partner's summary."),
    )

    class Meta:
        icon = "group"
        label = _("Partner card")
        template = "home/blocks/partner_card.html"
        group = ORGANIZING
        description = _("A partner union or ally with its logo, country and sector.")

    def get_preview_value(self):
        partner = Page.objects.live().type(self.child_blocks["partner"].target_model).first()
        return self.to_python({"partner": partner.pk, "note": ""}) if partner else None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["partner"] = localized(value.get("partner"), parent_context)
        return context


class EventBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Event"), max_length=200)
    place = blocks.CharBlock(required=False, label=_("Place"), max_length=200)
    url = blocks.URLBlock(required=False, label=_("Link"))


class EventListBlock(blocks.StructBlock):
    """Dated events (a week of action, a delegation's meetings), shown in date order."""

    heading = blocks.CharBlock(required=False, label=_("Heading"), max_length=120)
    events = blocks.ListBlock(EventBlock(), label=_("Events"))

    class Meta:
        icon = "date"
        label = _("Event list")
        template = "home/blocks/event_list.html"
        group = ORGANIZING
        description = _(
            "Dated events, shown in date order: a week of action, a delegation's meetings."
        )
        preview_value = {
            "heading": "Week of action",
            "events": [
                {"date": "2027-05-01", "title": "May Day march", "place": "Seattle"},
                {"date": "2027-05-03", "title": "Report back from Colombia", "place": "Portland"},
            ],
        }


class SignOnBlock(blocks.StructBlock):
    """A box that asks readers to sign on to a statement or to get in touch."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(required=False, label=_("Text"))
    button_text = blocks.CharBlock(label=_("Button text"), max_length=60)
    form_page = blocks.PageChooserBlock(
        target_model="home.FormPage",
        required=False,
        label=_("Form"),
        help_text=_("The sign-on or contact form the button opens."),
    )
    email = blocks.EmailBlock(required=False, label=_("Or email address"))

    class Meta:
        icon = "mail"
        label = _("Sign on / contact us")
        template = "home/blocks/sign_on.html"
        group = ACTION
        description = _(
            "A highlighted box with a button to a sign-on statement or contact form, or an email."
        )
        preview_value = {
            "heading": "Sign the statement",
            "text": "Unions and community groups: add your name in support of SITRALONB.",
            "button_text": "Sign on",
            "email": "solidarity@example.org",
        }

    def clean(self, value):
        if not value.get("form_page") and not value.get("email"):
            raise StructBlockValidationError(
                block_errors={"email": ValidationError(_("Choose a form or enter an email."))}
            )
        return super().clean(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["form_page"] = localized(value.get("form_page"), parent_context)
        return context


class BodyBlock(blocks.StreamBlock):
    """The free-form body of every page type."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        template="home/blocks/paragraph.html",
        description=_("Paragraphs, lists and links."),
        group=TEXT,
        preview_value="<p>Worker to worker internationalism is the road we must take.</p>",
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = LinkedEmbedBlock()
    priorities = PrioritiesBlock()
    partner = PartnerCardBlock()
    events = EventListBlock()
    sign_on = SignOnBlock()
