"""News: the blog of recent posts, its topics, and links from posts to campaigns and partners."""

import uuid
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.boundaries import SourceFirstPublishing
from home.caching import cached_value, fragment_cache
from home.routing import IndexRoutingMixin
from home.translation import page_fields
from home.utils import in_private_section, paginate, prefetch_renditions
from home.validation import HeroAltTextMixin


class Topic(
    WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A tag for posts (Migration, Trade, Repression...). Translatable, unlike taggit tags, so
    Spanish posts show Spanish tags; the slug stays the same in both languages for filtering."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


# How each filter of the posts index reaches a post, by the translation key of its target.
FILTER_LOOKUPS = {
    "topic": "topics__topic__translation_key",
    "partner": "related_partners__partner__translation_key",
    "campaign": "related_campaigns__campaign__translation_key",
}


class BlogIndexPage(SourceFirstPublishing, IndexRoutingMixin, Page):
    """News: every post, newest first, paginated. One per language, under Home."""

    intro = RichTextField(_("introduction"), blank=True)
    child_select_related = ["hero_image"]
    posts_per_page = 10
    cache_query_parameters = ("page", *FILTER_LOOKUPS)  # what get_context reads

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = page_fields(TranslatableField("intro"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("blog index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = (
            BlogPostPage.objects.child_of(self)
            .live()
            .exclude(in_private_section())
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
            .order_by("-date", "-pk")
        )
        # Filters by topic, partner or campaign, in this page's language. An unknown value is
        # a 404: there is no such listing.
        filters = {}
        choices = cached_value(request, "post filters", self.filter_choices, self.pk)
        for name, lookup in FILTER_LOOKUPS.items():
            value = request.GET.get(name)
            if not value:
                continue
            selected = choices[name].get(value)
            if selected is None:
                raise Http404
            # A subquery, not a join: no duplicate posts, so no DISTINCT over all posts.
            linked = BlogPostPage.objects.filter(**{lookup: selected.translation_key})
            posts = posts.filter(pk__in=linked.values("pk"))
            filters[name] = selected
        # Counting thousands of posts is the slow part of a page of ten: once per filter.
        chosen = sorted((name, choice.slug) for name, choice in filters.items())
        count = cached_value(request, "post count", posts.count, self.pk, chosen)
        page = paginate(posts, request.GET.get("page"), self.posts_per_page, count)
        context["posts"] = page
        context["filters"] = filters
        context["filter_cache"] = fragment_cache(request, vary=(self.pk, chosen))
        context["choices"] = {name: list(options.values()) for name, options in choices.items()}
        context["filter_query"] = "".join(
            f"{urlencode({name: value})}&" for name, value in request.GET.items() if name in filters
        )
        return context

    def filter_choices(self):
        """{filter: {slug: FilterChoice}} in this page's language. Only what the form shows is
        fetched: with hundreds of partners, whole pages would cost this listing more than its
        posts do."""
        from campaigns.models import CampaignPage, PartnerPage

        locale = self.locale_id
        choices = {
            "topic": Topic.objects.filter(locale=locale, live=True).values_list(
                "slug", "name", "translation_key"
            ),
            "partner": PartnerPage.objects.live()
            .exclude(in_private_section())
            .filter(locale=locale)
            .order_by("title")
            .values_list("slug", "title", "translation_key"),
            "campaign": CampaignPage.objects.live()
            .exclude(in_private_section())
            .filter(locale=locale)
            .order_by("title")
            .values_list("slug", "title", "translation_key"),
        }
        return {
            name: {row[0]: FilterChoice(*row) for row in rows} for name, rows in choices.items()
        }


class FilterChoice(NamedTuple):
    """An option of the posts index's filters: a topic, partner or campaign."""

    slug: str
    name: str
    translation_key: uuid.UUID


class BlogPostPage(SourceFirstPublishing, HeroAltTextMixin, Page):
    """A news post: date, authors, a captioned and credited photo, an introduction, the body,
    topics and the campaigns and partners it concerns. Sits under News."""

    date = models.DateField(_("post date"), default=timezone.localdate)
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(_("image alt text"), max_length=250, blank=True)
    hero_caption = models.CharField(
        _("image caption"),
        max_length=300,
        blank=True,
        help_text=_("The photo credit comes from the image itself."),
    )
    intro = models.TextField(_("introduction"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        InlinePanel("authors", label=_("Authors")),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption")],
            heading=_("Image"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("topics", label=_("Topics")),
        InlinePanel("related_campaigns", label=_("Related campaigns")),
        InlinePanel("related_partners", label=_("Related partners")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = page_fields(
        SynchronizedField("date", overridable=False),
        TranslatableField("authors"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_alt"),
        TranslatableField("hero_caption"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("related_campaigns", overridable=False),
        SynchronizedField("related_partners", overridable=False),
    )

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
        # Every listing takes the newest posts first (post_cards): walking this index, the
        # first few live ones in a language are found without sorting all posts.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="blog_post_newest_first")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The translation keys of what the post links to, as subqueries (lists in a preview),
        # so topics, similar posts and related pages each cost one query.
        topic_keys = self.topics.values_list("topic__translation_key", flat=True)
        campaign_keys = self.related_campaigns.values_list("campaign__translation_key", flat=True)
        partner_keys = self.related_partners.values_list("partner__translation_key", flat=True)
        context["topics"] = Topic.objects.filter(
            locale=self.locale_id, translation_key__in=topic_keys, live=True
        )
        context["similar_posts"] = similar = list(self.similar_posts(topic_keys, campaign_keys))
        context["recent_posts"] = recent = recent_posts(
            request, self.locale_id, exclude=[self, *similar]
        )
        # Campaigns, then partners, in the post's language. One list of keys (a union, not an
        # OR of two lists, which PostgreSQL can only check against every page of the language).
        if isinstance(campaign_keys, QuerySet):
            linked_keys = campaign_keys.order_by().union(partner_keys.order_by())
        else:  # a preview's unsaved links, in memory
            linked_keys = [*campaign_keys, *partner_keys]
        context["related_pages"] = (
            Page.objects.live()
            .exclude(in_private_section())
            .filter(locale=self.locale_id, translation_key__in=linked_keys)
            .annotate(
                is_partner=Case(
                    When(translation_key__in=campaign_keys, then=Value(False)),
                    default=Value(True),
                )
            )
            .order_by("is_partner", "title")
        )
        # The parent was cached by routing; the request caches the site's root paths.
        context["index_url"] = self.get_parent().get_url(request)
        # The hero and the cards of similar and recent posts: their renditions in one query.
        prefetch_renditions(self.hero_image, *(post.hero_image for post in [*similar, *recent]))
        return context

    def similar_posts(self, topic_keys, campaign_keys, count=3, candidates=100):
        """Other posts sharing topics or a campaign with this one, the closest first (by the
        translation keys of this post's topics and campaigns). Closeness is counted among the
        newest `candidates` that share something: with thousands of posts on a topic, counting
        them all would cost every post page a scan of the archive."""
        sharing = (
            BlogPostPage.objects.live()
            .exclude(in_private_section())
            .filter(locale=self.locale_id)
            .exclude(pk=self.pk)
            .filter(
                Q(
                    pk__in=BlogPostTopic.objects.filter(
                        topic__translation_key__in=topic_keys
                    ).values("page")
                )
                | Q(
                    pk__in=BlogPostCampaign.objects.filter(
                        campaign__translation_key__in=campaign_keys
                    ).values("page")
                )
            )
            .order_by("-date", "-pk")
            .values("pk")[:candidates]
        )
        return (
            BlogPostPage.objects.filter(pk__in=sharing)
            .annotate(
                shared_topics=Count(
                    "topics", filter=Q(topics__topic__translation_key__in=topic_keys), distinct=True
                )
            )
            .select_related("hero_image")
            .defer_streamfields()
            .order_by("-shared_topics", "-date", "-pk")[:count]
        )


def post_cards(locale):
    """Live posts in `locale` (a Locale or its id), newest first, with what a card shows but
    the renditions of their images: pages fetch those for all their images at once
    (home.utils.prefetch_renditions)."""
    return (
        BlogPostPage.objects.live()
        .exclude(in_private_section())
        .filter(locale=locale)
        .select_related("hero_image")
        .defer_streamfields()
        .order_by("-date", "-pk")
    )


def recent_posts(request, locale, exclude=(), count=3):
    """The newest posts in `locale` (a Locale id), but those in `exclude` (already on the page),
    as a list. Home, campaign, tour and post pages all show them: the newest few are kept as a
    fragment (home.caching.cached_value) and `exclude` is taken out of them here, so every page
    of a language shares one entry whatever it excludes."""
    excluded = {page.pk for page in exclude}
    newest = cached_value(
        request,
        "recent posts",
        lambda: list(post_cards(locale)[: count + len(excluded)]),
        locale,
        count + len(excluded),
    )
    return [post for post in newest if post.pk not in excluded][:count]


def posts_about(page, count=3):
    """The newest posts about a campaign or partner page, in the page's language, as a list."""
    if page.specific_class.__name__ == "CampaignPage":
        about = Q(related_campaigns__campaign__translation_key=page.translation_key)
    else:
        about = Q(related_partners__partner__translation_key=page.translation_key)
    about_page = BlogPostPage.objects.filter(about).values("pk")
    return list(post_cards(page.locale_id).filter(pk__in=about_page)[:count])


class BlogPostAuthor(TranslatableMixin, Orderable):
    """A byline: a person's name, or a team's ("Solidaridad staff"), which translators translate."""

    page = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("name")]
    translatable_fields = [TranslatableField("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class BlogPostTopic(Orderable):
    page = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("topic")]


class BlogPostCampaign(Orderable):
    page = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="related_campaigns")
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("campaign")]


class BlogPostPartner(Orderable):
    page = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="related_partners")
    partner = models.ForeignKey(
        "campaigns.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("partner")]
