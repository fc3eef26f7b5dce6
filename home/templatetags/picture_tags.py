"""`{% picture %}`, exactly Wagtail's, but for its filters being parsed once per template.

Wagtail's tag builds its `Filter` objects again at every render, and each filter parses its spec
into operations, checking every operation's arguments with `inspect`: for a picture in two
formats and three widths, twelve signature checks each time it is shown, 200 on a page of 24
partner cards. The specs are written in the template, so their filters can be built once and
kept on the template's node (templates are parsed once per process in production). A `Filter`
holds nothing about the image it is applied to, so sharing it between renders is safe.
"""

from django import template
from django.utils.functional import cached_property
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


class PictureNode(wagtailimages_tags.PictureNode):
    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


@register.tag
def picture(parser, token):
    """Wagtail's `{% picture %}`: same syntax, same output (wagtail.images' documentation)."""
    node = wagtailimages_tags.image(parser, token)
    node.__class__ = PictureNode
    return node
