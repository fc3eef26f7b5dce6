"""iCalendar (RFC 5545) files of tour stops, for Google Calendar, Apple Calendar and others."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event


def stop_event(stop, page, request):
    event = Event()
    # The same stop keeps its UID in every language, so re-importing updates the event.
    event.add("uid", f"tour-stop-{stop.translation_key}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", stop.date)
    event.add("dtend", stop.date + datetime.timedelta(days=1))
    event.add("summary", f"{page.title}: {stop.city}")
    location = ", ".join(part for part in (stop.venue, stop.city) if part)
    if location:
        event.add("location", location)
    details = [stop.event] if stop.event else []
    if stop.committee:
        details.append(
            _("Hosted by %(committee)s (%(email)s)")
            % {"committee": stop.committee.name, "email": stop.committee.email}
        )
    if details:
        event.add("description", "\n".join(details))
    event.add("url", stop.event_url or page.get_full_url(request))
    return event


def calendar_response(page, stops, request, filename):
    calendar = Calendar()
    calendar.add("prodid", "-//Solidaridad//Tours//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", page.title)
    for stop in stops:
        calendar.add_component(stop_event(stop, page, request))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename)}.ics"'
    return response
