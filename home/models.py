"""Site-wide content: the home page, standard and form pages, images, snippets and settings."""

import html

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyBlock
from .boundaries import SourceFirstPublishing
from .forms import COMMITTEE, HONEYPOT, LANGUAGE, VisitorForm, allow_submission, committee_field
from .tasks import send_form_notification
from .translation import page_fields
from .utils import localized_page, prefetch_renditions


class CustomImage(AbstractImage):
    """A photo in the library, with the photographer's credit and a default caption.

    Images are not translatable (wagtail-notes.md): the caption here is the English default;
    pages and blocks carry their own translatable captions and alt text.
    """

    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(
        _("photo credit"), max_length=120, blank=True, help_text=_("e.g. John Moore / Getty")
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details, social links and the donate link shown in every page's footer."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_phone_extension = models.CharField(_("extension"), max_length=10, blank=True)
    donate_url = models.URLField(_("donate link"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    twitter_url = models.URLField(_("X (Twitter)"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_phone_extension")]),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("donate_url"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("twitter_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        """(network name, URL) for each network the organization is on."""
        networks = [
            ("Facebook", self.facebook_url),
            ("X (Twitter)", self.twitter_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in networks if url]


class FooterText(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The short text at the foot of every page (who we are, a line about donations): one per
    language, the Spanish one a translation (its admin views: home.viewsets)."""

    body = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]
    translatable_fields = [TranslatableField("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return str(_("Footer text"))

    def clean(self):
        """No footer without words. The editor sends an emptied text as empty paragraphs, which
        `required` accepts: Wagtail 8's autosave posted the new snippet's form as soon as it
        changed and created a footer text with nothing in it (README, "For editors")."""
        super().clean()
        if not html.unescape(strip_tags(self.body or "")).strip():
            raise ValidationError(
                {"body": _("Write the footer text: every page shows it at its foot.")}
            )


class Testimonial(
    WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A sustainer's words about why they give, shown beside a donate call to action."""

    quote = models.TextField(_("quote"))
    name = models.CharField(_("name"), max_length=120)
    city = models.CharField(_("city"), max_length=120, blank=True)
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("quote"), FieldPanel("name"), FieldPanel("city"), FieldPanel("photo")]
    search_fields = [
        index.SearchField("quote"),
        index.SearchField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("quote"),
        SynchronizedField("name", overridable=False),
        TranslatableField("city"),
        SynchronizedField("photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def __str__(self):
        return f"{self.name} ({self.city})" if self.city else self.name


class HomePage(SourceFirstPublishing, Page):
    """The front page of each language: hero, featured campaign, upcoming tour stops, recent
    posts and a sustainer's testimonial. The root of the English tree and, as its translation,
    of the Spanish one."""

    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    featured_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("featured campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    testimonial = models.ForeignKey(
        Testimonial,
        verbose_name=_("testimonial"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    donate_text = models.CharField(
        _("donate call to action"),
        max_length=160,
        blank=True,
        help_text=_("Shown beside the testimonial, e.g. “Join Amanda by becoming a sustainer”."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_heading"), FieldPanel("hero_intro")],
            heading=_("Hero"),
        ),
        FieldPanel("featured_campaign"),
        MultiFieldPanel(
            [FieldPanel("testimonial"), FieldPanel("donate_text")], heading=_("Sustainers")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_intro")]
    translatable_fields = page_fields(
        SynchronizedField("hero_image"),
        TranslatableField("hero_heading"),
        TranslatableField("hero_intro"),
        SynchronizedField("featured_campaign", overridable=False),
        TranslatableField("testimonial"),
        TranslatableField("donate_text"),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaigns.CampaignIndexPage",
        "campaigns.PartnerIndexPage",
        "campaigns.TourIndexPage",
        "campaigns.PeopleIndexPage",
        "blog.BlogIndexPage",
        "home.StandardPage",
        "home.FormPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from blog.models import recent_posts
        from campaigns.models import CampaignPage

        context = super().get_context(request, *args, **kwargs)
        featured = localized_page(
            self.featured_campaign_id,
            self.locale_id,
            CampaignPage.objects.select_related("hero_image"),
        )
        testimonial = (
            Testimonial.objects.select_related("photo")
            .filter(pk=self.testimonial_id, live=True)
            .first()
            if self.testimonial_id
            else None
        )
        recent = recent_posts(request, self.locale_id)
        # The hero, the cards of the featured campaign and the recent posts, the sustainer's
        # portrait: the renditions of all their images in one query.
        prefetch_renditions(
            self.hero_image,
            featured.hero_image if featured else None,
            testimonial.photo if testimonial else None,
            *(post.hero_image for post in recent),
        )
        context["featured_campaign"] = featured
        context["testimonial"] = testimonial
        context["recent_posts"] = recent
        return context


class StandardPage(SourceFirstPublishing, Page):
    """A plain page of text and media: About us, Become a sustainer... Sits under Home."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = page_fields(TranslatableField("intro"), TranslatableField("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")


class FormField(TranslatableMixin, AbstractFormField):
    """A field of a form page; its label and help text are translated, its key is not, so
    English and Spanish submissions land in the same columns."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class FormPage(SourceFirstPublishing, AbstractEmailForm):
    """Contact us, invite a speaker, sign-on statements: a form whose submissions are stored and
    emailed to staff, or to the local committee the visitor chooses. Sits under Home or a
    standard page.

    Submissions in every language are stored on the English form, with the visitor's language:
    staff (who have no rights on the Spanish tree) see and export them all in one list."""

    intro = RichTextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(_("thank-you message"), blank=True)
    route_to_committee = models.BooleanField(
        _("send to a local committee"),
        default=False,
        help_text=_(
            "Adds a required “Local committee” choice to the form: each submission is emailed "
            "to the chosen committee, with the addresses above in copy."
        ),
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("route_to_committee"),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_fields(
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
        SynchronizedField("route_to_committee", overridable=False),
        TranslatableField("subject"),
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["honeypot"] = HONEYPOT
        return context

    def source_page(self):
        """The English form this page translates (itself when English)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        source = self.get_translation_or_none(default)
        return source.specific if source else self

    def get_form_class(self):
        fields = self.form_builder(self.get_form_fields()).formfields
        if self.route_to_committee:
            fields[COMMITTEE] = committee_field(self.locale_id)
        return type("WagtailForm", (VisitorForm,), fields)

    def get_data_fields(self):
        fields = super().get_data_fields()
        if self.route_to_committee:
            fields.append((COMMITTEE, _("Local committee")))
        return [*fields, (LANGUAGE, _("Site language"))]

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if request.POST.get(HONEYPOT):
            # Only bots fill the hidden field: let them believe it worked; store and send nothing.
            return self.render_landing_page(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if allow_submission(request):
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(
                None,
                _(
                    "You have sent several messages in a few minutes. Please wait ten minutes "
                    "and send this one again: what you typed is still here."
                ),
            )
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        source = self.source_page()
        submission = self.get_submission_class().objects.create(
            form_data={**form.cleaned_data, LANGUAGE: self.locale.language_code}, page=source
        )
        if source.to_address or form.routed_committee:
            self.send_mail(form)
        return submission

    def send_mail(self, form):
        """Staff read submissions in the source language, whichever language the visitor used:
        the subject and field labels come from the English form (same fields, same keys), and
        so do the addresses: where mail goes is staff's to set, never a translation's. A chosen
        committee receives the email, with the form's own addresses in copy; replies go to the
        visitor. Composed here, sent by a background task: the visitor does not wait for
        the mail server."""
        source = self.source_page()
        with translation.override(source.locale.language_code):
            labels = dict(source.get_data_fields())
            lines = []
            for name, value in form.cleaned_data.items():
                if isinstance(value, list):
                    value = ", ".join(value)
                lines.append(f"{labels.get(name, name)}: {value}")
            language = get_language_info(self.locale.language_code)["name"]
            lines.append(f"{labels[LANGUAGE]}: {language}")
        staff = [address.strip() for address in source.to_address.split(",") if address.strip()]
        committee = form.routed_committee
        to, cc = ([committee.email], staff) if committee else (staff, [])
        reply_to = [
            value
            for name, value in form.cleaned_data.items()
            if isinstance(form.fields[name], forms.EmailField) and value
        ][:1]
        send_form_notification.enqueue(
            source.subject, "\n".join(lines), to, source.from_address, cc, reply_to
        )


class TranslationAnnouncement(models.Model):
    """What the translators' digest (manage.py send_translation_digest, home.handoffs) last told
    them of one English page or snippet: the version of its English it announced, so that a
    change is mailed once, and a later change again."""

    translation_key = models.UUIDField()
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    version = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="one_announcement_per_translation"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.locale}): {self.version.isoformat()}"
