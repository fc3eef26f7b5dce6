from django import template
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import TourStop

register = template.Library()


@register.inclusion_tag("campaigns/components/upcoming_stops.html")
def upcoming_stops(count=5):
    """The next tour stops, in the active language, from live tours."""
    stops = (
        TourStop.objects.filter(
            locale=Locale.get_active(), date__gte=timezone.localdate(), page__live=True
        )
        .select_related("page", "committee")
        .order_by("date")[:count]
    )
    return {"stops": stops}
