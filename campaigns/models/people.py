from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.boundaries import SourceFirstPublishing
from home.routing import IndexRoutingMixin
from home.translation import page_fields
from home.utils import in_private_section, localized_page


class PeopleIndexPage(SourceFirstPublishing, IndexRoutingMixin, Page):
    """People: the union leaders and organizers who tour with us. One per language, under
    Home."""

    intro = RichTextField(_("introduction"), blank=True)
    child_select_related = ["photo", "bio_document"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = page_fields(TranslatableField("intro"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.PersonPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("people index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["people"] = (
            PersonPage.objects.child_of(self)
            .live()
            .exclude(in_private_section())
            .select_related("photo")
            .prefetch_related("photo__renditions")
            .order_by("title")
        )
        return context


class PersonPage(SourceFirstPublishing, Page):
    """A tour guest's bio (Alex Gómez of SITRALONB...): the page title is the person's name.
    Sits under People; tours link to it."""

    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(
        _("role"), max_length=200, help_text=_("e.g. Executive Board member, SITRALONB")
    )
    organization = models.ForeignKey(
        "campaigns.PartnerPage",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = RichTextField(_("biography"), blank=True)
    bio_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("downloadable bio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("photo"),
        FieldPanel("role"),
        FieldPanel("organization"),
        FieldPanel("biography"),
        FieldPanel("bio_document"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("role"),
        index.SearchField("biography"),
    ]
    translatable_fields = page_fields(
        SynchronizedField("photo"),
        TranslatableField("role"),
        SynchronizedField("organization", overridable=False),
        TranslatableField("biography"),
        SynchronizedField("bio_document"),
    )

    parent_page_types = ["campaigns.PeopleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("person page")

    def get_context(self, request, *args, **kwargs):
        from .partners import PartnerPage
        from .tours import TourPage

        context = super().get_context(request, *args, **kwargs)
        context["organization"] = localized_page(
            self.organization_id, self.locale_id, PartnerPage.objects.all()
        )
        context["tours"] = (
            TourPage.objects.live()
            .exclude(in_private_section())
            .filter(locale=self.locale_id, guests__person__translation_key=self.translation_key)
            .distinct()
            .order_by("-start_date")
        )
        return context
