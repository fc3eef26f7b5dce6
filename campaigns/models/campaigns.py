from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.boundaries import SourceFirstPublishing
from home.routing import IndexRoutingMixin
from home.translation import page_fields
from home.utils import in_private_section, localized_page, localized_pages, prefetch_renditions
from home.validation import HeroAltTextMixin


class CampaignIndexPage(SourceFirstPublishing, IndexRoutingMixin, Page):
    """Campaigns: the organization's campaigns, active ones first. One per language, under
    Home."""

    intro = RichTextField(_("introduction"), blank=True)
    child_select_related = ["hero_image"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = page_fields(TranslatableField("intro"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = (
            CampaignPage.objects.child_of(self)
            .live()
            .exclude(in_private_section())
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
        )
        context["active_campaigns"] = campaigns.filter(status=CampaignPage.Status.ACTIVE)
        context["past_campaigns"] = campaigns.filter(status=CampaignPage.Status.PAST)
        return context


class CampaignPage(SourceFirstPublishing, HeroAltTextMixin, Page):
    """A campaign (the Worker to Worker Solidarity Campaign...): its mission, numbered
    priorities, partner unions, a call to action and whom to contact. Sits under Campaigns."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAST = "past", _("Past")

    class CallToAction(models.TextChoices):
        DONATE = "donate", _("Donate")
        CONTACT = "contact", _("Contact us")
        SIGN_UP = "sign-up", _("Sign up")

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image alt text"), max_length=250, blank=True, help_text=_("Describe the photo.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    priorities_heading = models.CharField(
        _("priorities heading"), max_length=120, blank=True, default=""
    )
    priorities = StreamField(
        [("priority", blocks.TextBlock(label=_("Priority")))],
        verbose_name=_("priorities"),
        blank=True,
        help_text=_("Shown as a numbered list, in this order."),
    )
    cta_kind = models.CharField(
        _("call to action"), max_length=10, choices=CallToAction.choices, default="donate"
    )
    cta_heading = models.CharField(_("call to action heading"), max_length=120, blank=True)
    cta_text = models.TextField(_("call to action text"), blank=True)
    cta_button = models.CharField(_("button text"), max_length=60, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cta_url = models.URLField(
        _("button link"),
        blank=True,
        help_text=_(
            "Used when no page is chosen; donate buttons default to the site's donate link."
        ),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_phone_extension = models.CharField(_("extension"), max_length=10, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")]),
        FieldPanel("status"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("priorities_heading"), FieldPanel("priorities")],
            heading=_("Priorities"),
        ),
        InlinePanel("partners", label=_("Partner organizations")),
        MultiFieldPanel(
            [
                FieldPanel("cta_kind"),
                FieldPanel("cta_heading"),
                FieldPanel("cta_text"),
                FieldPanel("cta_button"),
                FieldPanel("cta_page"),
                FieldPanel("cta_url"),
            ],
            heading=_("Call to action"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_phone_extension")]),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    translatable_fields = page_fields(
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_alt"),
        SynchronizedField("status", overridable=False),
        TranslatableField("body"),
        TranslatableField("priorities_heading"),
        TranslatableField("priorities"),
        SynchronizedField("partners", overridable=False),
        SynchronizedField("cta_kind", overridable=False),
        TranslatableField("cta_heading"),
        TranslatableField("cta_text"),
        TranslatableField("cta_button"),
        SynchronizedField("cta_page", overridable=False),
        SynchronizedField("cta_url", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_phone", overridable=False),
        SynchronizedField("contact_phone_extension", overridable=False),
    )

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign page")

    def get_context(self, request, *args, **kwargs):
        from blog.models import posts_about, recent_posts

        from .partners import PartnerPage

        context = super().get_context(request, *args, **kwargs)
        context["partners"] = partners = localized_pages(
            [link.partner for link in self.partners.select_related("partner")],
            self.locale_id,
            PartnerPage.objects.select_related("logo"),
        )
        context["cta_link"] = self.get_cta_link(request)
        context["related_posts"] = related = posts_about(self)
        context["recent_posts"] = recent = recent_posts(request, self.locale_id, exclude=related)
        # The hero, the partners' logos and the posts' cards: their renditions in one query.
        prefetch_renditions(
            self.hero_image,
            *(partner.logo for partner in partners),
            *(post.hero_image for post in [*related, *recent]),
        )
        return context

    def get_cta_link(self, request=None):
        """Where the call-to-action button goes, in the page's language."""
        if self.cta_page_id:
            page = localized_page(self.cta_page_id, self.locale_id, Page.objects.all())
            if page:
                return page.get_url(request)
        return self.cta_url


class CampaignPartner(Orderable):
    """A partner organization of a campaign (copied to the translation, shown localized)."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="partners")
    partner = models.ForeignKey(
        "campaigns.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("partner")]
