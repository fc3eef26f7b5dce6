from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.boundaries import SourceFirstPublishing
from home.caching import cached_value
from home.routing import IndexRoutingMixin
from home.translation import page_fields
from home.utils import in_private_section, paginate, prefetch_renditions


class PartnerIndexPage(SourceFirstPublishing, IndexRoutingMixin, Page):
    """Partners: the list of partner unions and allies, filterable by country. One per
    language, under Home."""

    intro = RichTextField(_("introduction"), blank=True)
    child_select_related = ["logo"]
    partners_per_page = 24
    cache_query_parameters = ("country", "page")  # what get_context reads

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = page_fields(TranslatableField("intro"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = (
            PartnerPage.objects.child_of(self)
            .live()
            .exclude(in_private_section())
            .select_related("logo")
            .prefetch_related("logo__renditions")
        )
        # The countries of the partners, named in the page's language (the index is in one).
        choices = cached_value(
            request,
            "partner countries",
            lambda: [
                (code, countries.name(code))
                for code in sorted(set(partners.values_list("country", flat=True)))
            ],
            self.pk,
        )
        codes = {code for code, _name in choices}
        # Unknown countries in the query string fall back to the whole list, never an error.
        country = request.GET.get("country", "")
        if country in codes:
            partners = partners.filter(country=country)
        else:
            country = ""
        # Paginated: a page of cards whether the network has twelve partners or five hundred.
        count = cached_value(request, "partner count", partners.count, self.pk, country)
        context["partners"] = paginate(
            partners.order_by("title", "pk"), request.GET.get("page"), self.partners_per_page, count
        )
        context["filter_query"] = f"{urlencode({'country': country})}&" if country else ""
        context["countries"] = choices
        context["selected_country"] = country
        return context


class PartnerPage(SourceFirstPublishing, Page):
    """A partner union or ally (FENSUAGRO, SITRALONB, CTH...): who they are, where and in which
    sector they organize, and the campaigns and posts about them. Sits under Partners."""

    class Sector(models.TextChoices):
        AGRICULTURE = "agriculture", _("Agriculture")
        PUBLIC = "public", _("Public sector")
        EDUCATION = "education", _("Education")
        MINING = "mining", _("Mining")
        MANUFACTURING = "manufacturing", _("Manufacturing")
        HUMAN_RIGHTS = "human-rights", _("Human rights")
        COMMUNITY = "community", _("Community and popular movements")
        CONFEDERATION = "confederation", _("Confederation of unions")

    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    country = CountryField(_("country"))
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.CharField(_("summary"), max_length=250, blank=True)
    description = RichTextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    twitter_url = models.URLField(_("X (Twitter)"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("acronym"),
                FieldPanel("country"),
                FieldPanel("sector"),
                FieldPanel("logo"),
            ],
            heading=_("Organization"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("facebook_url"), FieldPanel("twitter_url")],
            heading=_("Links"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        # Editors look partners up by acronym as often as by name (the admin's page search
        # and page chooser match as they type).
        index.SearchField("acronym"),
        index.AutocompleteField("acronym"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("country"),
    ]
    translatable_fields = page_fields(
        SynchronizedField("acronym", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("sector", overridable=False),
        SynchronizedField("logo"),
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("website", overridable=False),
        SynchronizedField("facebook_url", overridable=False),
        SynchronizedField("twitter_url", overridable=False),
    )

    parent_page_types = ["campaigns.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner page")

    def clean(self):
        super().clean()
        # Acronyms name partners in filters and posts: two partners must not share one. The
        # Spanish version of a partner shares its English acronym (same translation key).
        if self.acronym:
            clash = (
                PartnerPage.objects.filter(acronym__iexact=self.acronym, locale_id=self.locale_id)
                .exclude(translation_key=self.translation_key)
                .first()
            )
            if clash:
                raise ValidationError(
                    {
                        "acronym": _("%(partner)s already uses the acronym %(acronym)s.")
                        % {"partner": clash.title, "acronym": clash.acronym}
                    }
                )

    @property
    def social_links(self):
        networks = [("Facebook", self.facebook_url), ("X (Twitter)", self.twitter_url)]
        return [(name, url) for name, url in networks if url]

    def get_context(self, request, *args, **kwargs):
        from blog.models import posts_about

        from .campaigns import CampaignPage

        context = super().get_context(request, *args, **kwargs)
        context["related_posts"] = related = posts_about(self)
        # The logo and the posts' cards: their renditions in one query.
        prefetch_renditions(self.logo, *(post.hero_image for post in related))
        context["campaigns"] = (
            CampaignPage.objects.live()
            .exclude(in_private_section())
            .filter(locale=self.locale_id, partners__partner__translation_key=self.translation_key)
            .distinct()
            .order_by("title")
        )
        return context
