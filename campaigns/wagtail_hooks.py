import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from home.boundaries import working_locale
from home.viewsets import WorkingLocaleSnippetViewSet

from .models import Committee, TourStop

register_snippet(Committee, viewset=WorkingLocaleSnippetViewSet)

UPCOMING_DAYS = 60


class UpcomingStopsPanel(Component):
    """Tour stops in the coming weeks, so staff see what to announce and whom to brief: each
    role those of the tree it works in, whose tours it can open."""

    name = "upcoming_tour_stops"
    order = 120
    template_name = "campaigns/admin/upcoming_stops_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        stops = (
            TourStop.objects.filter(
                locale=working_locale(self.user),
                date__range=(today, today + datetime.timedelta(days=UPCOMING_DAYS)),
            )
            .select_related("page", "committee")
            .order_by("date", "sort_order")
        )
        return {"stops": stops, "days": UPCOMING_DAYS}


@hooks.register("construct_homepage_panels")
def add_upcoming_stops_panel(request, panels):
    panels.append(UpcomingStopsPanel(request.user))
