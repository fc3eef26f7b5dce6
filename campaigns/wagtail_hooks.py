import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from .models import TourStop

UPCOMING_DAYS = 60


class UpcomingStopsPanel(Component):
    """Tour stops in the coming weeks, so staff see what to announce and whom to brief."""

    name = "upcoming_tour_stops"
    order = 120
    template_name = "campaigns/admin/upcoming_stops_panel.html"

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        stops = (
            TourStop.objects.filter(
                locale=Locale.get_default(),
                date__range=(today, today + datetime.timedelta(days=UPCOMING_DAYS)),
            )
            .select_related("page", "committee")
            .order_by("date", "sort_order")
        )
        return {"stops": stops, "days": UPCOMING_DAYS}


@hooks.register("construct_homepage_panels")
def add_upcoming_stops_panel(request, panels):
    panels.append(UpcomingStopsPanel())
