"""Tours offer RFC 5545 calendar files: all stops, and each stop on its own, in each language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

pytestmark = pytest.mark.django_db
TOUR_EN = "/en/tours/west-coast-labor-solidarity-tour-2013/"
TOUR_ES = "/es/giras/gira-solidaridad-laboral-costa-oeste-2013/"


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].endswith('.ics"')
    parsed = Calendar.from_ical(response.content)
    assert parsed["VERSION"] == "2.0" and parsed["PRODID"]
    events = parsed.walk("VEVENT")
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert required in event
    return events


def test_tour_calendar_has_every_stop_in_order(client):
    soup = BeautifulSoup(client.get(TOUR_EN).content, "html.parser")
    link = soup.select_one(".calendar-link a")["href"]
    assert link == TOUR_EN + "calendar/"
    events = calendar(client, link)
    starts = [event.decoded("DTSTART") for event in events]
    assert starts == [datetime.date(2013, 2, d) for d in (3, 5, 8, 11)]
    assert events[0]["SUMMARY"] == "West Coast Labor Solidarity Tour: Seattle"
    assert "Seattle committee" in events[0]["DESCRIPTION"]


def test_spanish_calendar_is_in_spanish_and_keeps_the_uids(client):
    english = calendar(client, TOUR_EN + "calendar/")
    spanish = calendar(client, TOUR_ES + "calendar/")
    assert spanish[3]["SUMMARY"] == "Gira de Solidaridad Laboral por la Costa Oeste: Los Ángeles"
    assert [e["UID"] for e in spanish] == [e["UID"] for e in english]


def test_single_stop_calendar(client):
    soup = BeautifulSoup(client.get(TOUR_ES).content, "html.parser")
    links = [a["href"] for a in soup.select(".stop__calendar a")]
    assert len(links) == 4
    (event,) = calendar(client, links[1])
    assert event.decoded("DTSTART") == datetime.date(2013, 2, 5)
    assert event["LOCATION"] == "Casa del trabajador, Portland"


def test_unknown_stop_is_a_404(client):
    assert client.get(TOUR_EN + "stops/999999/calendar/").status_code == 404
    assert client.get(TOUR_EN + "stops/abc/calendar/").status_code == 404
