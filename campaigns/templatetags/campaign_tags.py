from django import template
from django.utils import timezone

from campaigns.models import TourStop
from home.utils import context_locale, in_private_section

register = template.Library()


@register.inclusion_tag("campaigns/components/upcoming_stops.html", takes_context=True)
def upcoming_stops(context, count=5):
    """The next tour stops, in the active language, from live public tours."""
    stops = (
        TourStop.objects.filter(
            locale=context_locale(context), date__gte=timezone.localdate(), page__live=True
        )
        .exclude(in_private_section("page__path"))
        .select_related("page", "committee")
        .order_by("date")[:count]
    )
    # The request lets {% pageurl %} reuse the site root paths it caches.
    return {"stops": stops, "request": context.get("request")}
