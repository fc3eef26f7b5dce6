from django import template

from blog.models import post_cards, posts_about
from home.utils import context_locale, prefetch_renditions

register = template.Library()

# Page types fetch their listings in get_context, with the renditions of all their images in
# one query; these tags are for templates that have no such context.


@register.inclusion_tag("blog/components/recent_posts.html", takes_context=True)
def recent_posts(context, count=3, heading=None, exclude=()):
    """The newest posts in the active language, but those in `exclude` (already on the page)."""
    posts = post_cards(context_locale(context)).exclude(pk__in=[page.pk for page in exclude])
    posts = list(posts[:count])
    prefetch_renditions(*(post.hero_image for post in posts))
    # The request lets {% pageurl %} reuse the site root paths it caches (one query, not two
    # per post).
    return {"posts": posts, "heading": heading, "request": context.get("request")}


@register.simple_tag
def related_posts(page, count=3):
    """Posts about a campaign or partner page, in the page's language (a list, so the page can
    show them and leave them out of its recent posts)."""
    posts = posts_about(page, count)
    prefetch_renditions(*(post.hero_image for post in posts))
    return posts
