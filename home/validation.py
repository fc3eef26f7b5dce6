"""Guard rails for editors: errors that stop a save, and warnings that only advise."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# What search engines show before cutting the text off.
SEO_TITLE_MAX = 60
SEARCH_DESCRIPTION_MAX = 160


class HeroAltTextMixin:
    """For pages with a hero image and its alt text beside it: no image without a description,
    since screen reader users would otherwise hear nothing, or the file name."""

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError(
                {
                    "hero_alt": gettext_lazy(
                        "Describe the image for people who cannot see it (alt text)."
                    )
                }
            )


def seo_warnings(page):
    """What a page's search-engine title and description lack, as advice to show the editor
    after saving. The page saves anyway: listings fall back to its summary."""
    warnings = []
    title = page.seo_title or page.title
    if len(title) > SEO_TITLE_MAX:
        field = _("The title for search engines") if page.seo_title else _("The page title")
        warnings.append(
            _(
                "%(field)s has %(count)d characters: search engines show about %(max)d. "
                "Set a shorter title for search engines in the Promote tab."
            )
            % {"field": field, "count": len(title), "max": SEO_TITLE_MAX}
        )
    description = page.search_description.strip()
    if not description:
        warnings.append(
            _(
                "The page has no search description: search engines and shared links will "
                "show its summary instead. Write one in the Promote tab."
            )
        )
    elif len(description) > SEARCH_DESCRIPTION_MAX:
        warnings.append(
            _("The search description has %(count)d characters: search engines show about %(max)d.")
            % {"count": len(description), "max": SEARCH_DESCRIPTION_MAX}
        )
    return warnings
