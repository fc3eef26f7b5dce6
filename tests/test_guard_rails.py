"""Guard rails in the editor: mistakes are refused with a clear message in the editor's
language, and search-engine advice is given without blocking the save. Photo credits follow
images onto the public site."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    PartnerIndexPage,
    PartnerPage,
    PersonPage,
    TourIndexPage,
    TourPage,
)
from home.models import CustomImage, StandardPage

pytestmark = pytest.mark.django_db


def create(client, parent, model, fields):
    """Post the admin's create form for a page of `model` under `parent`, and publish it."""
    url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )
    data = {"comments": inline_formset([]), **fields, "action-publish": "publish"}
    return client.post(url, nested_form_data(data))


def field_errors(response, field):
    return [str(error) for error in response.context["form"].errors.get(field, [])]


def campaign_fields(**overrides):
    return {
        "title": "Coffee workers' campaign",
        "slug": "coffee-workers",
        "summary": "Support for coffee workers organizing in Huila.",
        "hero_image": "",
        "hero_alt": "",
        "status": "active",
        "body": streamfield([]),
        "priorities_heading": "",
        "priorities": streamfield([]),
        "partners": inline_formset([]),
        "cta_kind": "donate",
        **overrides,
    }


def tour_fields(stops, **overrides):
    guest = PersonPage.objects.filter(locale__language_code="en").first()
    return {
        "title": "Spring tour 2031",
        "slug": "spring-tour-2031",
        "summary": "A week on the road with a Colombian farmworker leader.",
        "start_date": "2031-04-01",
        "end_date": "2031-04-07",
        "hero_image": "",
        "hero_alt": "",
        "guests": inline_formset([{"person": guest.pk}], min=1),
        "body": streamfield([]),
        "stops": inline_formset(
            [
                {"date": date, "city": city, "event": "", "venue": "", "event_url": ""}
                for date, city in stops
            ]
        ),
        "invite_text": rich_text(""),
        **overrides,
    }


def english_parent(model):
    return model.objects.get(locale__language_code="en")


def test_hero_image_needs_alt_text(admin_client):
    image = CustomImage.objects.filter(credit="© Solidaridad").first()
    parent = english_parent(CampaignIndexPage)
    response = create(admin_client, parent, CampaignPage, campaign_fields(hero_image=image.pk))
    assert response.status_code == 200
    assert field_errors(response, "hero_alt") == [
        "Describe the image for people who cannot see it (alt text)."
    ]
    assert not CampaignPage.objects.filter(slug="coffee-workers").exists()

    fields = campaign_fields(hero_image=image.pk, hero_alt="Coffee pickers on a hillside")
    assert create(admin_client, parent, CampaignPage, fields).status_code == 302


def test_image_blocks_need_alt_text(admin_client):
    image = CustomImage.objects.first()
    block = {"image": {"image": image.pk, "alt_text": "", "decorative": ""}, "caption": ""}
    fields = campaign_fields(body=streamfield([("image", block)]))
    response = create(admin_client, english_parent(CampaignIndexPage), CampaignPage, fields)
    assert response.status_code == 200
    (error,) = response.context["form"].errors["body"].as_data()
    assert "add some alt text" in json.dumps(error.as_json_data())


def test_tour_stops_must_be_inside_the_tour_and_in_date_order(admin_client):
    parent = english_parent(TourIndexPage)
    outside = tour_fields([("2031-04-02", "Seattle"), ("2031-04-09", "Portland")])
    response = create(admin_client, parent, TourPage, outside)
    assert response.status_code == 200
    stops = response.context["form"].formsets["stops"]
    assert stops.forms[0].errors == {}
    assert "outside the tour's dates" in stops.forms[1].errors["date"][0]

    unordered = tour_fields([("2031-04-05", "Seattle"), ("2031-04-03", "Portland")])
    response = create(admin_client, parent, TourPage, unordered)
    assert response.status_code == 200
    stops = response.context["form"].formsets["stops"]
    assert "date order" in stops.forms[1].errors["date"][0]
    assert not TourPage.objects.filter(slug="spring-tour-2031").exists()

    ordered = tour_fields([("2031-04-01", "Seattle"), ("2031-04-07", "Portland")])
    assert create(admin_client, parent, TourPage, ordered).status_code == 302
    tour = TourPage.objects.get(slug="spring-tour-2031")
    assert [stop.date for stop in tour.ordered_stops()] == [
        datetime.date(2031, 4, 1),
        datetime.date(2031, 4, 7),
    ]


def test_tour_cannot_end_before_it_starts(admin_client):
    fields = tour_fields([], start_date="2031-04-07", end_date="2031-04-01")
    response = create(admin_client, english_parent(TourIndexPage), TourPage, fields)
    assert field_errors(response, "end_date") == ["The tour cannot end before it starts."]


def partner_fields(acronym):
    return {
        "title": "Another federation",
        "slug": "another-federation",
        "acronym": acronym,
        "country": "CO",
        "sector": "agriculture",
        "logo": "",
        "summary": "",
        "description": rich_text(""),
        "website": "",
        "facebook_url": "",
        "twitter_url": "",
    }


def test_partner_acronyms_are_unique_in_the_editors_language(admin_client):
    parent = english_parent(PartnerIndexPage)
    fensuagro = PartnerPage.objects.get(locale__language_code="en", acronym="FENSUAGRO")
    response = create(admin_client, parent, PartnerPage, partner_fields("fensuagro"))
    assert field_errors(response, "acronym") == [
        f"{fensuagro.title} already uses the acronym FENSUAGRO."
    ]

    # An editor whose admin is in Spanish reads the same rule in Spanish.
    profile = UserProfile.get_for_user(response.wsgi_request.user)
    profile.preferred_language = "es"
    profile.save()
    response = create(admin_client, parent, PartnerPage, partner_fields("FENSUAGRO"))
    assert field_errors(response, "acronym") == [f"{fensuagro.title} ya usa la sigla FENSUAGRO."]

    assert create(admin_client, parent, PartnerPage, partner_fields("FENAGRO")).status_code == 302


def test_search_engine_advice_is_a_warning_not_an_error(moderator_client, english):
    home = Page.objects.get(locale=english, depth=2)
    long_title = "A very long title for a statement of solidarity with the striking miners"
    fields = {"title": long_title, "slug": "statement", "intro": "", "body": streamfield([])}
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home.pk))
    data = nested_form_data({"comments": inline_formset([]), **fields, "action-publish": "publish"})
    response = moderator_client.post(url, data, follow=True)
    page = StandardPage.objects.get(slug="statement")
    assert page.live  # saved and published anyway
    warnings = [m.message for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    warnings += [
        node.get_text(" ", strip=True)
        for node in BeautifulSoup(response.content, "html.parser").select(".messages .warning")
    ]
    text = " ".join(warnings)
    assert f"has {len(long_title)} characters" in text
    assert "no search description" in text


def credited_images_without_credit(html):
    """The photos on a page (logos have no credit) that are shown without their credit."""
    soup = BeautifulSoup(html, "html.parser")
    missing = []
    for img in soup.select("main img"):
        if "/logo-" in img["src"]:
            continue
        container = img.find_parent(
            lambda tag: (
                tag.name == "figure" or {"card", "hero", "person"} & set(tag.get("class", []))
            )
        )
        credit = container and container.select_one(".credit, .figure__credit")
        if not credit or "© Solidaridad" not in credit.get_text():
            missing.append(img["src"])
    return missing


def test_every_photo_shows_its_credit(client, demo_pages, spanish):
    for page in demo_pages:
        for version in (page, page.get_translation(spanish)):
            response = client.get(version.url)
            assert credited_images_without_credit(response.content) == [], version.url


def test_autosaves_give_no_advice(moderator_client, english):
    """The editor autosaves in the background (JSON): advice comes only with a real save, so it
    does not pile up."""
    page = StandardPage.objects.get(locale=english, slug="about")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = nested_form_data(
        {
            "comments": inline_formset([]),
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
        }
    )
    response = moderator_client.post(url, data, headers={"Accept": "application/json"})
    assert response.status_code == 200 and response.json()["success"]
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
