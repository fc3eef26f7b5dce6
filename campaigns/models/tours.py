from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.calendar import calendar_response
from campaigns.forms import TourPageForm
from home.blocks import BodyBlock
from home.boundaries import SourceFirstPublishing
from home.routing import IndexRoutingMixin
from home.translation import page_fields
from home.utils import (
    in_private_section,
    localized_page,
    localized_pages,
    paginate,
    prefetch_renditions,
)
from home.validation import HeroAltTextMixin


class TourIndexPage(SourceFirstPublishing, IndexRoutingMixin, Page):
    """Tours: speaker tours, upcoming first, then past ones. One per language, under Home."""

    intro = RichTextField(_("introduction"), blank=True)
    child_select_related = ["hero_image", "bio_document"]
    past_tours_per_page = 12
    cache_query_parameters = ("page",)  # past tours' pagination

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = page_fields(TranslatableField("intro"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.TourPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tour index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        tours = (
            TourPage.objects.child_of(self)
            .live()
            .exclude(in_private_section())
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
        )
        # Upcoming tours are few and all shown first; past ones are paginated, newest first,
        # so the page stays one page of cards after years of touring.
        past = paginate(
            tours.filter(end_date__lt=today).order_by("-start_date", "pk"),
            request.GET.get("page"),
            self.past_tours_per_page,
        )
        if past.number == 1:
            context["upcoming_tours"] = tours.filter(end_date__gte=today).order_by("start_date")
        context["past_tours"] = past
        return context


class TourPage(SourceFirstPublishing, HeroAltTextMixin, RoutablePageMixin, Page):
    """A speaker tour: who comes, when, the cities and events on the way, and how to invite
    the guest to your union. Sits under Tours."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(_("hero image alt text"), max_length=250, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    invite_text = RichTextField(
        _("how to invite the guest"),
        blank=True,
        help_text=_("How a union or group can host an event or meet the guest."),
    )
    invite_page = models.ForeignKey(
        "home.FormPage",
        verbose_name=_("invitation form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The form a union or group fills in to invite the guest."),
    )
    bio_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("downloadable bio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    twitter_url = models.URLField(_("X (Twitter)"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")]),
        InlinePanel("guests", label=_("Guests"), min_num=1),
        FieldPanel("body"),
        InlinePanel("stops", label=_("Tour stops")),
        FieldPanel("invite_text"),
        FieldPanel("invite_page"),
        MultiFieldPanel(
            [FieldPanel("bio_document"), FieldPanel("twitter_url"), FieldPanel("facebook_url")],
            heading=_("Bio and follow links"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        # A tour is known by the cities it visits, in the site search and as editors type.
        index.RelatedFields("stops", [index.SearchField("city"), index.AutocompleteField("city")]),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    translatable_fields = page_fields(
        TranslatableField("summary"),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("hero_image"),
        TranslatableField("hero_alt"),
        SynchronizedField("guests", overridable=False),
        TranslatableField("body"),
        TranslatableField("stops"),
        TranslatableField("invite_text"),
        # Where invitations go is the organizers' choice, not the translators' (design.md).
        SynchronizedField("invite_page", overridable=False),
        SynchronizedField("bio_document"),
        SynchronizedField("twitter_url", overridable=False),
        SynchronizedField("facebook_url", overridable=False),
    )

    parent_page_types = ["campaigns.TourIndexPage"]
    subpage_types = []
    # Checks the stops against the tour's dates.
    base_form_class = TourPageForm

    class Meta:
        verbose_name = _("tour page")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The tour cannot end before it starts.")})

    @property
    def follow_links(self):
        networks = [("X (Twitter)", self.twitter_url), ("Facebook", self.facebook_url)]
        return [(name, url) for name, url in networks if url]

    def ordered_stops(self):
        return self.stops.select_related("committee").order_by("date", "sort_order")

    # Wagtail routes only paths made of words and slashes, so no ".ics" in the URL: the
    # download's file name says it.
    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Every stop of the tour, as one calendar file."""
        return calendar_response(self, self.ordered_stops(), request, self.slug)

    @path("stops/<int:stop_id>/calendar/", name="stop_calendar")
    def stop_calendar(self, request, stop_id):
        """One stop, as a single-event calendar file."""
        stop = get_object_or_404(self.stops.select_related("committee"), pk=stop_id)
        return calendar_response(self, [stop], request, f"{self.slug}-{stop.city}")

    def get_context(self, request, *args, **kwargs):
        from blog.models import recent_posts

        from .people import PersonPage

        context = super().get_context(request, *args, **kwargs)
        context["guests"] = guests = localized_pages(
            [guest.person for guest in self.guests.select_related("person")],
            self.locale_id,
            PersonPage.objects.select_related("photo"),
        )
        context["stops"] = self.ordered_stops()
        context["invite_page"] = localized_page(
            self.invite_page_id, self.locale_id, Page.objects.all()
        )
        context["recent_posts"] = recent = recent_posts(request, self.locale_id)
        # The hero, the guests' portraits and the posts' cards: their renditions in one query.
        prefetch_renditions(
            self.hero_image,
            *(guest.photo for guest in guests),
            *(post.hero_image for post in recent),
        )
        return context


class TourGuest(Orderable):
    """A person on a tour (copied to the translation, shown localized)."""

    page = ParentalKey(TourPage, on_delete=models.CASCADE, related_name="guests")
    person = models.ForeignKey(
        "campaigns.PersonPage", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class TourStop(TranslatableMixin, Orderable):
    """A city on a tour and the event held there, hosted by a local committee."""

    page = ParentalKey(TourPage, on_delete=models.CASCADE, related_name="stops")
    date = models.DateField(_("date"))
    city = models.CharField(_("city"), max_length=120)
    event = models.CharField(
        _("event"), max_length=200, blank=True, help_text=_("e.g. Public talk: labor and trade")
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    committee = models.ForeignKey(
        "campaigns.Committee",
        verbose_name=_("local committee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_url = models.URLField(_("event link"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("city")]),
        FieldPanel("event"),
        FieldPanel("venue"),
        FieldPanel("committee"),
        FieldPanel("event_url"),
    ]
    translatable_fields = [
        SynchronizedField("date", overridable=False),
        TranslatableField("city"),
        TranslatableField("event"),
        TranslatableField("venue"),
        TranslatableField("committee"),
        SynchronizedField("event_url", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("tour stop")
        verbose_name_plural = _("tour stops")
        # The home page's next stops, in its language: found without reading every stop.
        indexes = [models.Index(fields=["locale", "date"], name="tour_stop_upcoming")]
