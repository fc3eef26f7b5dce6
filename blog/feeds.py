import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.utils import in_private_section

from .models import BlogIndexPage, BlogPostPage


class LatestPostsFeed(Feed):
    """RSS of the newest public posts in the language of the URL (/en/feed/, /es/feed/)."""

    title = _("Solidaridad: recent posts")
    description = _("News from our campaigns, speaker tours and partner unions.")

    def get_object(self, request):
        self.request = request
        return Locale.get_active()

    def link(self, locale):
        index = BlogIndexPage.objects.live().filter(locale=locale).first()
        return index.get_url(self.request) if index else "/"

    def items(self, locale):
        return (
            BlogPostPage.objects.live()
            .exclude(in_private_section())
            .filter(locale=locale)
            .defer_streamfields()
            .order_by("-date", "-pk")[:20]
        )

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.intro

    def item_link(self, post):
        return post.get_full_url(self.request)

    def item_pubdate(self, post):
        return timezone.make_aware(datetime.datetime.combine(post.date, datetime.time(12)))
