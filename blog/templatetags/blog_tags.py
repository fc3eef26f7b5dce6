from django import template
from wagtail.models import Locale

from blog.models import BlogPostPage

register = template.Library()


def _posts(locale):
    return (
        BlogPostPage.objects.live()
        .filter(locale=locale)
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .defer_streamfields()
        .order_by("-date", "-pk")
    )


@register.inclusion_tag("blog/components/recent_posts.html")
def recent_posts(count=3, heading=None, exclude=()):
    """The newest posts in the active language, but those in `exclude` (already on the page)."""
    posts = _posts(Locale.get_active()).exclude(pk__in=[page.pk for page in exclude])
    return {"posts": posts[:count], "heading": heading}


@register.simple_tag
def related_posts(page, count=3):
    """Posts about a campaign or partner page, in the page's language (a list, so the page can
    show them and leave them out of its recent posts)."""
    posts = _posts(page.locale)
    if page.specific_class.__name__ == "CampaignPage":
        posts = posts.filter(related_campaigns__campaign__translation_key=page.translation_key)
    else:
        posts = posts.filter(related_partners__partner__translation_key=page.translation_key)
    return list(posts.distinct()[:count])
