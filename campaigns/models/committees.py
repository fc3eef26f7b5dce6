from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Committee(
    WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A local committee: visitors contact it to plan events or invite a tour guest; tour stops
    name the committee that hosts them."""

    name = models.CharField(_("name"), max_length=120)
    city = models.CharField(_("city"), max_length=120)
    email = models.EmailField(_("email"))

    panels = [FieldPanel("name"), FieldPanel("city"), FieldPanel("email")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        # The snippet chooser and listing then match as the editor types ("Seat" for Seattle).
        index.AutocompleteField("name"),
        index.AutocompleteField("city"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("city"),
        SynchronizedField("email", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("local committee")
        verbose_name_plural = _("local committees")
        ordering = ["city"]

    def __str__(self):
        return self.name
