from django import template
from django.utils import timezone

from campaigns.models import TourStop
from home.utils import context_locale

register = template.Library()


@register.inclusion_tag("campaigns/components/upcoming_stops.html", takes_context=True)
def upcoming_stops(context, count=5):
    """The next tour stops, in the active language, from live tours."""
    stops = (
        TourStop.objects.filter(
            locale=context_locale(context), date__gte=timezone.localdate(), page__live=True
        )
        .select_related("page", "committee")
        .order_by("date")[:count]
    )
    # The request lets {% pageurl %} reuse the site root paths it caches.
    return {"stops": stops, "request": context.get("request")}
