"""Every public page costs the same number of queries whatever the amount of content, and no
more than BUDGET uncached (the test settings use DummyCache, so nothing Wagtail caches between
requests helps here).

Each test measures a page on the demo site, adds content of the kind the page lists, and
measures again: the two counts must be equal. A failure prints the queries of both requests."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from blog.models import (
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostCampaign,
    BlogPostPage,
    BlogPostPartner,
    BlogPostTopic,
)
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    PartnerIndexPage,
    PartnerPage,
    PeopleIndexPage,
    PersonPage,
    TourGuest,
    TourIndexPage,
    TourPage,
)
from home.models import FormField, FormPage, HomePage, StandardPage
from tests.factories import (
    BlogPostPageFactory,
    CampaignPageFactory,
    CommitteeFactory,
    PartnerPageFactory,
    PersonPageFactory,
    StandardPageFactory,
    TopicFactory,
    TourPageFactory,
    TourStopFactory,
)

pytestmark = pytest.mark.django_db

# Queries a public page may cost, uncached.
BUDGET = 20
# How many items each test adds: enough to show a query per item, few enough to stay fast.
MORE = 12


def capture(client, url):
    client.get(url)  # renditions and caches of a first visit are not what we measure
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return captured


def listing(captured):
    return "\n".join(f"{n:3}. {q['sql']}" for n, q in enumerate(captured.captured_queries, 1))


def assert_constant(client, url, add_content, budget=BUDGET):
    """`url` costs the same queries before and after `add_content()`, and at most `budget`."""
    before = capture(client, url)
    add_content()
    after = capture(client, url)
    message = (
        f"{url}: {len(before)} queries, then {len(after)} with more content "
        f"(budget {budget}).\n--- before\n{listing(before)}\n--- after\n{listing(after)}"
    )
    assert len(after) == len(before), message
    assert len(after) <= budget, message


def queries(client, url):
    return len(capture(client, url))


def demo_image(model, field):
    """The image a demo page shows in `field` (e.g. a partner's logo): its renditions exist
    already (encoding new ones is slow)."""
    return getattr(model.objects.exclude(**{field: None}).first(), field)


def in_locale(model, locale, **filters):
    return model.objects.get(locale=locale, **filters)


def page_url(model, locale, **filters):
    return model.objects.live().filter(locale=locale, **filters).first().url


@pytest.fixture(params=["en", "es"])
def locale(request, english, spanish):
    """Each test runs on the English page and on its Spanish translation, adding content in
    that language."""
    return {"en": english, "es": spanish}[request.param]


@pytest.mark.parametrize("url", ["/en/news/", "/en/", "/es/noticias/"])
def test_post_listings_do_not_grow_with_posts(client, english, url):
    before = queries(client, url)
    index = BlogIndexPage.objects.get(locale=english)
    image = get_image_model().objects.get(title="Teachers march in Mexico")
    for number in range(12):
        BlogPostPageFactory(parent=index, title=f"Extra post {number}", hero_image=image)
    assert queries(client, url) == before


def add_posts(locale, count=MORE, title="Extra post"):
    index = in_locale(BlogIndexPage, locale)
    hero = demo_image(BlogPostPage, "hero_image")
    return [
        BlogPostPageFactory(
            parent=index,
            locale=locale,
            title=f"{title} {number}",
            hero_image=hero,
            date=datetime.date(2030, 1, 1),
        )
        for number in range(count)
    ]


def add_partners(locale, count=MORE):
    index = in_locale(PartnerIndexPage, locale)
    logo = demo_image(PartnerPage, "logo")
    return [
        PartnerPageFactory(parent=index, locale=locale, logo=logo, country=country)
        for country in ["CO", "SV", "HN", "MX"] * (count // 4)
    ]


def add_campaigns(locale, count=MORE):
    index = in_locale(CampaignIndexPage, locale)
    hero = demo_image(CampaignPage, "hero_image")
    return [
        CampaignPageFactory(parent=index, locale=locale, hero_image=hero, status=status)
        for status in ["active", "past"] * (count // 2)
    ]


def add_tours(locale, count=MORE):
    index = in_locale(TourIndexPage, locale)
    hero = demo_image(TourPage, "hero_image")
    today = timezone.localdate()
    tours = []
    for number in range(count):
        start = today + datetime.timedelta(days=30 * (number - count // 2))
        tour = TourPageFactory(
            parent=index,
            locale=locale,
            hero_image=hero,
            start_date=start,
            end_date=start + datetime.timedelta(days=5),
        )
        TourStopFactory(page=tour)
        tours.append(tour)
    return tours


def add_people(locale, count=MORE, title="Extra person"):
    index = in_locale(PeopleIndexPage, locale)
    photo = demo_image(PersonPage, "photo")
    return [
        PersonPageFactory(parent=index, locale=locale, title=f"{title} {number}", photo=photo)
        for number in range(count)
    ]


def add_menu_pages(locale, count=MORE):
    home = in_locale(HomePage, locale)
    for _ in range(count):
        StandardPageFactory(parent=home, locale=locale, show_in_menus=True)


def test_home_page(client, locale):
    def add_content():
        add_posts(locale)
        add_tours(locale)
        add_campaigns(locale)
        add_menu_pages(locale)

    assert_constant(client, page_url(HomePage, locale), add_content)


def test_standard_page(client, locale):
    assert_constant(
        client, page_url(StandardPage, locale, show_in_menus=True), lambda: add_menu_pages(locale)
    )


def test_form_page(client, locale):
    page = FormPage.objects.live().get(locale=locale, route_to_committee=True)

    def add_content():
        for number in range(MORE):
            FormField.objects.create(
                page=page,
                locale=locale,
                clean_name=f"extra_{number}",
                field_type="singleline",
                label=f"Extra question {number}",
            )
        for _ in range(MORE):
            CommitteeFactory(locale=locale)

    assert_constant(client, page.url, add_content)


def body(count):
    """A StreamField body with `count` blocks of each kind that shows a page, an image, a
    document or an embed (in English: Spanish pages show the chosen pages' translations)."""
    partners = list(PartnerPage.objects.live().filter(locale__language_code="en"))
    form = FormPage.objects.live().filter(locale__language_code="en").first()
    photo = demo_image(BlogPostPage, "hero_image")
    blocks = []
    for number in range(count):
        url = f"https://www.youtube.com/watch?v=solidarity-{number}"
        # The embed as stored after its first view (the test settings have no embed finder).
        Embed.objects.get_or_create(
            hash=get_embed_hash(url), defaults={"url": url, "type": "video", "html": "<p>Video</p>"}
        )
        partner = partners[number % len(partners)]
        blocks += [
            {"type": "image", "value": {"image": {"image": photo.pk, "alt_text": "A march"}}},
            {"type": "partner", "value": {"partner": partner.pk, "note": ""}},
            {"type": "call_to_action", "value": {"text": "Write", "page": form.pk, "url": ""}},
            {
                "type": "sign_on",
                "value": {"heading": "Sign on", "button_text": "Sign", "form_page": form.pk},
            },
            {"type": "document", "value": {"document": get_document_model().objects.first().pk}},
            {"type": "embed", "value": url},
        ]
    return json.dumps(blocks)


def test_page_body(client, locale):
    """Many blocks showing pages, images, documents or embeds cost the queries of one each.

    Wagtail loads the values of each kind of chooser block in a query of its own: a page with
    every kind of block (as here) costs a few queries more than BUDGET, whatever their number."""
    page = StandardPage.objects.live().filter(locale=locale).first()

    def set_body(count):
        page.body = body(count)
        page.save()

    set_body(1)
    assert_constant(client, page.url, lambda: set_body(MORE), budget=BUDGET + 2)


def test_campaign_index(client, locale):
    assert_constant(client, page_url(CampaignIndexPage, locale), lambda: add_campaigns(locale))


def test_campaign_page(client, locale):
    campaign = CampaignPage.objects.live().filter(locale=locale).first()

    def add_content():
        for partner in add_partners(locale):
            CampaignPartner.objects.create(page=campaign, partner=partner)
        for post in add_posts(locale):
            BlogPostCampaign.objects.create(page=post, campaign=campaign)

    assert_constant(client, campaign.url, add_content)


def test_partner_index(client, locale):
    assert_constant(client, page_url(PartnerIndexPage, locale), lambda: add_partners(locale))


def test_partner_page(client, locale):
    partner = PartnerPage.objects.live().filter(locale=locale).first()

    def add_content():
        for campaign in add_campaigns(locale):
            CampaignPartner.objects.create(page=campaign, partner=partner)
        for post in add_posts(locale):
            BlogPostPartner.objects.create(page=post, partner=partner)

    assert_constant(client, partner.url, add_content)


def test_tour_index(client, locale):
    assert_constant(client, page_url(TourIndexPage, locale), lambda: add_tours(locale))


def test_tour_page(client, locale):
    tour = TourPage.objects.live().filter(locale=locale).first()

    def add_content():
        for _ in range(MORE):
            TourStopFactory(page=tour)
        for person in add_people(locale, count=4):
            TourGuest.objects.create(page=tour, person=person)

    # One more than most pages: the invitation form, in the tour's language.
    assert_constant(client, tour.url, add_content, budget=BUDGET + 1)


def test_tour_calendar(client, locale):
    tour = TourPage.objects.live().filter(locale=locale).first()

    def add_content():
        for _ in range(MORE):
            TourStopFactory(page=tour)

    assert_constant(client, tour.url + "calendar/", add_content)


def test_people_index(client, locale):
    assert_constant(client, page_url(PeopleIndexPage, locale), lambda: add_people(locale))


def test_person_page(client, locale):
    person = PersonPage.objects.live().filter(locale=locale).first()

    def add_content():
        for tour in add_tours(locale):
            TourGuest.objects.create(page=tour, person=person)

    assert_constant(client, person.url, add_content)


def test_blog_index(client, locale):
    def add_content():
        add_posts(locale)
        add_partners(locale)
        add_campaigns(locale)
        for _ in range(MORE):
            TopicFactory(locale=locale)

    assert_constant(client, page_url(BlogIndexPage, locale), add_content)


def test_blog_post_page(client, locale):
    post = BlogPostPage.objects.live().filter(locale=locale, related_campaigns__isnull=False)
    post = post.first()

    def add_content():
        topics = [TopicFactory(locale=locale) for _ in range(MORE)]
        for topic in topics:
            BlogPostTopic.objects.create(page=post, topic=topic)
        for number in range(MORE):
            BlogPostAuthor.objects.create(page=post, locale=locale, name=f"Author {number}")
        for campaign in add_campaigns(locale):
            BlogPostCampaign.objects.create(page=post, campaign=campaign)
        for partner in add_partners(locale):
            BlogPostPartner.objects.create(page=post, partner=partner)
        for similar in add_posts(locale):
            BlogPostTopic.objects.create(page=similar, topic=topics[0])

    assert_constant(client, post.url, add_content)


def test_search_results(client, locale):
    word = {"en": "union", "es": "sindicato"}[locale.language_code]

    def add_content():
        add_posts(locale, title=f"A {word} post")
        add_people(locale, title=f"A {word} organizer")  # results of another page type

    assert_constant(client, f"/{locale.language_code}/search/?q={word}", add_content)


def test_rss_feed(client, locale):
    assert_constant(client, f"/{locale.language_code}/feed/", lambda: add_posts(locale, 25))


def test_every_page_type_is_measured():
    """A new public page type needs its test here."""
    measured = {
        HomePage, StandardPage, FormPage, CampaignIndexPage, CampaignPage, PartnerIndexPage,
        PartnerPage, TourIndexPage, TourPage, PeopleIndexPage, PersonPage, BlogIndexPage,
        BlogPostPage,
    }  # fmt: skip
    assert {model for model in get_page_models() if model is not Page} <= measured
