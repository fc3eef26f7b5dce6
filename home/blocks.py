"""The StreamField blocks editors compose pages with, shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


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
        description = _(
            "A photo with alt text and caption; the photographer's credit is shown too."
        )


class QuoteBlock(blocks.StructBlock):
    """A pull quote or testimonial with its attribution."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"), max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
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
        description = _("A prominent button: donate, invite a speaker, sign up...")
        preview_value = {"text": "Become a sustainer", "url": "https://example.org/donate"}

    def clean(self, value):
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a link."))}
            )
        return super().clean(value)


class DocumentBlock(blocks.StructBlock):
    """A download link to a document from the library (a speaker's bio, a report)."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(required=False, label=_("Link text"), max_length=120)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "home/blocks/document.html"
        description = _("A download link that shows the file type and size.")


class LinkedEmbedBlock(EmbedBlock):
    """An embedded video or social post that degrades to a plain link.

    The site may run without internet access (and oEmbed providers go down): saving an URL
    whose embed cannot be fetched is allowed, and the page then shows a link instead.
    """

    def clean(self, value):
        return blocks.URLBlock.clean(self, value)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "home/blocks/embed.html"
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
        description = _("A numbered list, for a campaign's priorities or a set of demands.")
        preview_value = {
            "heading": "Our priorities",
            "items": ["Unions targeted for repression", "Movements seeking liberation"],
        }


class BodyBlock(blocks.StreamBlock):
    """The free-form body of every page type."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        template="home/blocks/paragraph.html",
        description=_("Paragraphs, lists and links."),
        preview_value="<p>Worker to worker internationalism is the road we must take.</p>",
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = LinkedEmbedBlock()
    priorities = PrioritiesBlock()
