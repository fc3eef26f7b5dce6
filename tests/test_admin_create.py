"""Editors at work: every page type created (or, for singletons, edited) through the real admin
views with the form data a browser posts, published, and then read by a visitor."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from blog.models import BlogIndexPage, BlogPostPage, Topic
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    Committee,
    PartnerIndexPage,
    PartnerPage,
    PeopleIndexPage,
    PersonPage,
    TourIndexPage,
    TourPage,
)
from home.models import CustomImage, FooterText, FormPage, HomePage, StandardPage

pytestmark = pytest.mark.django_db

SINGLETON_INDEXES = [
    CampaignIndexPage,
    PartnerIndexPage,
    TourIndexPage,
    PeopleIndexPage,
    BlogIndexPage,
]


# Helpers: what the admin receives, and what it answers.


def english(model, **filters):
    return model.objects.get(locale__language_code="en", **filters)


def list_block(items):
    """Form data of a ListBlock: like a stream, without block types."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index)}
        for index, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def form_errors(response):
    """Why the admin did not save: one line per error of the form, its StreamField blocks and
    its inline panels (e.g. "body.2.image.alt_text: Please add some alt text..."), for
    assertion messages."""
    context = response.context
    if context is None or "form" not in context:
        messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
        return f"HTTP {response.status_code} to {response.get('Location')}, messages {messages}"
    form = context["form"]
    lines = []
    for name, errors in form.errors.as_data().items():
        for error in errors:
            if hasattr(error, "as_json_data"):  # StreamField: errors nested by block
                lines += _block_errors(error.as_json_data(), name)
            else:
                lines += [f"{name}: {message}" for message in error.messages]
    for name, formset in form.formsets.items():
        lines += [f"{name}: {message}" for message in formset.non_form_errors()]
        for index, child_errors in enumerate(formset.errors):
            for field, messages in child_errors.items():
                lines += [f"{name}-{index}.{field}: {message}" for message in messages]
    return "the admin refused the form:\n" + "\n".join(lines)


def _block_errors(errors, path):
    for message in errors.get("messages", []):
        yield f"{path}: {message}"
    for key, child in errors.get("blockErrors", {}).items():
        yield from _block_errors(child, f"{path}.{key}")


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def create_and_publish(client, model, parent, data):
    """Post the create form as the editor's Publish button does; return the new page."""
    response = client.post(
        add_url(model, parent), nested_form_data({**data, "action-publish": "action-publish"})
    )
    assert response.status_code == 302, form_errors(response)
    # Publishing sends the editor back to the parent's listing.
    assert response.url == reverse("wagtailadmin_explore", args=(parent.pk,))
    page = model.objects.child_of(parent).get(slug=data["slug"])
    assert page.live
    assert not page.has_unpublished_changes
    assert page.owner.username == "admin"
    return page


def edit_and_publish(client, page, **changes):
    """Open the edit form, change some fields as an editor would, and publish."""
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    assert response.url == reverse("wagtailadmin_explore", args=(page.get_parent().pk,))
    page.refresh_from_db()
    assert page.live
    assert not page.has_unpublished_changes
    return page.specific


def visit(page):
    """The public page as an anonymous visitor gets it."""
    response = Client().get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def text_of(soup, selector="main"):
    element = soup.select_one(selector)
    assert element is not None, f"no {selector} on the page"
    return " ".join(element.get_text(" ").split())


# Demo content the new pages point at.


@pytest.fixture
def image():
    return CustomImage.objects.first()


@pytest.fixture
def document():
    return get_document_model().objects.first()


@pytest.fixture
def fensuagro():
    return english(PartnerPage, slug="fensuagro")


@pytest.fixture
def alex():
    return english(PersonPage, slug="alex-gomez")


@pytest.fixture
def invite_page():
    return english(FormPage, slug="invite-a-speaker")


def body_blocks(image, invite_page):
    """A body with one block of each kind editors use most, in the order they are shown."""
    return streamfield(
        [
            ("heading", {"text": "Why bananas are a labor issue", "level": "h2"}),
            (
                "paragraph",
                rich_text("<p>Plantation workers in Urabá organize <b>against</b> repression.</p>"),
            ),
            (
                "image",
                {
                    "image": {"image": image.pk, "alt_text": "Workers marching with banners"},
                    "caption": "May Day in Apartadó",
                },
            ),
            (
                "quote",
                {
                    "quote": "Our strength is in our unity across borders.",
                    "attribution": "A SINTRAINAGRO organizer",
                },
            ),
            ("call_to_action", {"text": "Invite a speaker", "page": invite_page.pk, "url": ""}),
            (
                "priorities",
                {
                    "heading": "What we ask",
                    "items": list_block(["Living wages", "An end to union busting"]),
                },
            ),
        ]
    )


BODY_BLOCK_TYPES = ["heading", "paragraph", "image", "quote", "call_to_action", "priorities"]


def assert_body_is_shown(soup, invite_page):
    stream = text_of(soup, ".stream")
    expected = [
        "Why bananas are a labor issue",
        "Plantation workers in Urabá organize against repression.",
        "May Day in Apartadó",
        "Our strength is in our unity across borders.",
        "Invite a speaker",
        "Living wages",
    ]
    positions = [stream.find(text) for text in expected]
    assert -1 not in positions, f"missing from the page: {expected[positions.index(-1)]}"
    assert positions == sorted(positions), "blocks shown out of order"
    assert soup.select_one(".stream h2").get_text() == "Why bananas are a labor issue"
    assert soup.select_one(".stream img")["alt"] == "Workers marching with banners"
    assert soup.select_one(".stream .cta a")["href"] == invite_page.url


# Page types editors create.


def test_campaign_page_with_body_priorities_and_partners(
    admin_client, image, fensuagro, invite_page
):
    cth = english(PartnerPage, slug="cth")
    parent = english(CampaignIndexPage)
    page = create_and_publish(
        admin_client,
        CampaignPage,
        parent,
        {
            "title": "Justice for banana workers",
            "slug": "justice-for-banana-workers",
            "summary": "Standing with the banana workers of Urabá.",
            "hero_image": image.pk,
            "hero_alt": "A banana plantation at dawn",
            "status": "active",
            "body": body_blocks(image, invite_page),
            "priorities_heading": "Our demands",
            "priorities": streamfield(
                [("priority", "Safe housing"), ("priority", "Freedom to organize")]
            ),
            "partners": inline_formset([{"partner": fensuagro.pk}, {"partner": cth.pk}]),
            "cta_kind": "donate",
            "cta_heading": "Support the campaign",
            "cta_text": "Every sustainer makes a delegation possible.",
            "cta_button": "Give monthly",
            "cta_page": "",
            "cta_url": "https://example.org/donate",
            "contact_email": "bananas@example.org",
            "contact_phone": "+1 555 010 0200",
            "contact_phone_extension": "12",
        },
    )

    assert [block.block_type for block in page.body] == BODY_BLOCK_TYPES
    assert page.body[0].value["text"] == "Why bananas are a labor issue"
    assert page.body[2].value["image"].contextual_alt_text == "Workers marching with banners"
    assert list(page.body[5].value["items"]) == ["Living wages", "An end to union busting"]
    assert [block.value for block in page.priorities] == ["Safe housing", "Freedom to organize"]
    assert [link.partner for link in page.partners.all()] == [fensuagro, cth]

    soup = visit(page)
    assert_body_is_shown(soup, invite_page)
    main = text_of(soup)
    assert "Our demands" in main and "Freedom to organize" in main
    partner_links = {a["href"] for a in soup.select("#partners-heading ~ .card-grid a")}
    assert {fensuagro.url, cth.url} <= partner_links
    assert "Give monthly" in main
    assert soup.select_one('a[href="mailto:bananas@example.org"]')
    # The new campaign is listed among the active ones.
    assert page.title in text_of(visit(parent))


def test_partner_page(admin_client, image):
    parent = english(PartnerIndexPage)
    page = create_and_publish(
        admin_client,
        PartnerPage,
        parent,
        {
            "title": "National Union of Agro-Industry Workers",
            "slug": "sintrainagro",
            "acronym": "SINTRAINAGRO",
            "country": "CO",
            "sector": "agriculture",
            "logo": image.pk,
            "summary": "Banana and palm workers of Colombia.",
            "description": rich_text("<p>Founded in 1976, it organizes plantation workers.</p>"),
            "website": "https://example.org/sintrainagro",
            "facebook_url": "",
            "twitter_url": "",
        },
    )

    assert (page.acronym, page.country.code, page.sector) == ("SINTRAINAGRO", "CO", "agriculture")
    main = text_of(visit(page))
    assert "(SINTRAINAGRO)" in main
    assert "Colombia · Agriculture" in main
    assert "Founded in 1976" in main
    assert "SINTRAINAGRO" in text_of(visit(parent))


def test_person_page(admin_client, image, document, fensuagro):
    page = create_and_publish(
        admin_client,
        PersonPage,
        english(PeopleIndexPage),
        {
            "title": "María Restrepo",
            "slug": "maria-restrepo",
            "photo": image.pk,
            "role": "Women's secretary, FENSUAGRO",
            "organization": fensuagro.pk,
            "biography": rich_text("<p>María has organized rural women since 2005.</p>"),
            "bio_document": document.pk,
        },
    )

    assert page.organization.specific == fensuagro
    soup = visit(page)
    main = text_of(soup)
    assert "Women's secretary, FENSUAGRO" in main
    assert "organized rural women since 2005" in main
    assert soup.select_one(f'main a[href="{fensuagro.url}"]')
    assert soup.select_one(f'main a[href="{document.url}"]')


def test_tour_page_with_guests_and_stops_in_date_order(admin_client, image, document, alex):
    committee = Committee.objects.filter(locale__language_code="en").first()
    page = create_and_publish(
        admin_client,
        TourPage,
        english(TourIndexPage),
        {
            "title": "Alex Gómez tours the Midwest",
            "slug": "alex-gomez-tours-the-midwest",
            "summary": "Ten days, three cities, one message.",
            "start_date": "2031-04-01",
            "end_date": "2031-04-10",
            "hero_image": image.pk,
            "hero_alt": "Alex Gómez speaking at a rally",
            "guests": inline_formset([{"person": alex.pk}], min=1),
            "body": streamfield(
                [
                    ("heading", {"text": "Why this tour", "level": "h2"}),
                    ("quote", {"quote": "Deportations divide our families.", "attribution": ""}),
                    ("document", {"document": document.pk, "label": "Read the tour flyer"}),
                ]
            ),
            "stops": inline_formset(
                [
                    {
                        "date": "2031-04-02",
                        "city": "Chicago",
                        "event": "Public talk: labor and migration",
                        "venue": "Teamsters Hall",
                        "committee": committee.pk,
                        "event_url": "https://example.org/chicago",
                    },
                    {
                        "date": "2031-04-05",
                        "city": "Milwaukee",
                        "event": "Meeting with nurses",
                        "venue": "",
                        "committee": "",
                        "event_url": "",
                    },
                    {
                        "date": "2031-04-09",
                        "city": "Minneapolis",
                        "event": "Rally at the Capitol",
                        "venue": "",
                        "committee": "",
                        "event_url": "",
                    },
                ]
            ),
            "invite_text": rich_text("<p>Write to your local committee to host Alex.</p>"),
            "bio_document": document.pk,
            "twitter_url": "",
            "facebook_url": "https://example.org/facebook/tour",
        },
    )

    assert [block.block_type for block in page.body] == ["heading", "quote", "document"]
    assert [guest.person.specific for guest in page.guests.all()] == [alex]
    stops = list(page.ordered_stops())
    assert [stop.city for stop in stops] == ["Chicago", "Milwaukee", "Minneapolis"]
    assert stops[0].date == datetime.date(2031, 4, 2)
    assert stops[0].committee == committee
    assert {stop.locale.language_code for stop in stops} == {"en"}

    soup = visit(page)
    main = text_of(soup)
    assert "Why this tour" in main and "Deportations divide our families." in main
    assert [h.get_text() for h in soup.select(".stop__city")] == [
        "Chicago",
        "Milwaukee",
        "Minneapolis",
    ]
    assert f"Hosted by {committee.name}" in main
    assert soup.select_one(f'#guests-heading ~ .card-grid a[href="{alex.url}"]')
    assert "Write to your local committee to host Alex." in main
    calendar = Client().get(page.url + "calendar/")
    assert calendar.status_code == 200
    assert calendar.content.count(b"BEGIN:VEVENT") == 3


def test_blog_post_with_authors_topics_and_related_pages(
    admin_client, image, fensuagro, invite_page
):
    topic = english(Topic, slug="migration")
    campaign = english(CampaignPage, slug="worker-to-worker")
    page = create_and_publish(
        admin_client,
        BlogPostPage,
        english(BlogIndexPage),
        {
            "title": "Banana workers win a contract",
            "slug": "banana-workers-win-a-contract",
            "date": "2024-06-01",
            "authors": inline_formset([{"name": "Camila Ruiz"}, {"name": "Solidaridad staff"}]),
            "hero_image": image.pk,
            "hero_alt": "Workers celebrating",
            "hero_caption": "The assembly that voted the contract",
            "intro": "After a two-week strike, a first national contract.",
            "body": body_blocks(image, invite_page),
            "topics": inline_formset([{"topic": topic.pk}]),
            "related_campaigns": inline_formset([{"campaign": campaign.pk}]),
            "related_partners": inline_formset([{"partner": fensuagro.pk}]),
        },
    )

    assert [block.block_type for block in page.body] == BODY_BLOCK_TYPES
    assert [author.name for author in page.authors.all()] == ["Camila Ruiz", "Solidaridad staff"]
    assert {author.locale.language_code for author in page.authors.all()} == {"en"}
    assert page.date == datetime.date(2024, 6, 1)

    soup = visit(page)
    assert_body_is_shown(soup, invite_page)
    main = text_of(soup)
    assert "By Camila Ruiz, Solidaridad staff" in main
    assert "The assembly that voted the contract" in main
    assert f"Topics: {topic.name}" in main
    see_also = {a["href"] for a in soup.select(".post-footer a")}
    assert {campaign.url, fensuagro.url} <= see_also
    # The post is on the news index, and in the list of its topic.
    news = english(BlogIndexPage)
    assert page.title in text_of(visit(news))
    by_topic = Client().get(f"{news.url}?topic={topic.slug}")
    assert page.title in by_topic.content.decode()


def test_standard_page_with_organizing_blocks_and_an_embed(admin_client, fensuagro, invite_page):
    page = create_and_publish(
        admin_client,
        StandardPage,
        english(HomePage),
        {
            "title": "Week of action",
            "slug": "week-of-action",
            "intro": "Five days of solidarity with Colombian farmworkers.",
            "body": streamfield(
                [
                    ("heading", {"text": "How to take part", "level": "h2"}),
                    ("paragraph", rich_text("<p>Bring your local to one of the events.</p>")),
                    ("partner", {"partner": fensuagro.pk, "note": "Our oldest partner."}),
                    (
                        "events",
                        {
                            "heading": "Events",
                            # Entered out of order: visitors see them by date.
                            "events": list_block(
                                [
                                    {
                                        "date": "2031-05-03",
                                        "title": "Report back from Colombia",
                                        "place": "Portland",
                                        "url": "",
                                    },
                                    {
                                        "date": "2031-05-01",
                                        "title": "May Day march",
                                        "place": "Seattle",
                                        "url": "https://example.org/may-day",
                                    },
                                ]
                            ),
                        },
                    ),
                    (
                        "sign_on",
                        {
                            "heading": "Sign the statement",
                            "text": "Unions: add your name.",
                            "button_text": "Sign on",
                            "form_page": invite_page.pk,
                            "email": "",
                        },
                    ),
                    ("embed", "https://www.youtube.com/watch?v=abc123"),
                ]
            ),
        },
    )

    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "partner",
        "events",
        "sign_on",
        "embed",
    ]
    soup = visit(page)
    main = text_of(soup)
    assert "Five days of solidarity with Colombian farmworkers." in main
    assert "Bring your local to one of the events." in main
    assert soup.select_one(f'.block-partner a[href="{fensuagro.url}"]')
    assert "Our oldest partner." in text_of(soup, ".block-partner")
    assert [e.get_text() for e in soup.select(".event-list__title")] == [
        "May Day march",
        "Report back from Colombia",
    ]
    assert soup.select_one(".sign-on a.button")["href"] == invite_page.url
    # No embed provider is reachable here: the video is offered as a link.
    assert soup.select_one('.embed--link a[href="https://www.youtube.com/watch?v=abc123"]')


def test_form_page_with_fields_visitors_fill_in(admin_client):
    page = create_and_publish(
        admin_client,
        FormPage,
        english(HomePage),
        {
            "title": "Join a delegation",
            "slug": "join-a-delegation",
            "intro": rich_text("<p>Travel with us to meet our partners.</p>"),
            "form_fields": inline_formset(
                [
                    {
                        "label": "Your name",
                        "field_type": "singleline",
                        "required": "on",
                        "choices": "",
                        "default_value": "",
                        "help_text": "",
                    },
                    {
                        "label": "Which delegation?",
                        "field_type": "dropdown",
                        "required": "on",
                        "choices": "Colombia\nEl Salvador",
                        "default_value": "",
                        "help_text": "We travel twice a year.",
                    },
                ]
            ),
            "thank_you_text": rich_text("<p>Thanks, we will write to you soon.</p>"),
            "to_address": "delegations@example.org",
            "from_address": "website@example.org",
            "subject": "Delegation sign-up",
        },
    )

    fields = list(page.form_fields.all())
    assert [(f.label, f.clean_name) for f in fields] == [
        ("Your name", "your_name"),
        ("Which delegation?", "which_delegation"),
    ]
    soup = visit(page)
    labels = [label.get_text(" ", strip=True) for label in soup.select("form.form label")]
    assert any(label.startswith("Your name") for label in labels), labels
    assert [o.get_text() for o in soup.select("select option")][-2:] == ["Colombia", "El Salvador"]

    response = Client().post(page.url, {"your_name": "Ana", "which_delegation": "Colombia"})
    assert response.status_code == 200
    assert "Thanks, we will write to you soon." in response.content.decode()


# Singletons: refused a second time, edited and published in place.


@pytest.mark.parametrize("model", [HomePage, *SINGLETON_INDEXES], ids=lambda m: m.__name__)
def test_a_second_singleton_is_refused(admin_client, model):
    parent = Page.get_first_root_node() if model is HomePage else english(HomePage)
    url = add_url(model, parent)
    count = model.objects.count()

    for response in (
        admin_client.get(url),
        admin_client.post(
            url, {"title": "Another one", "slug": "another-one", "action-publish": "1"}
        ),
    ):
        # Wagtail answers a refused page type with a redirect to the dashboard and a message.
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
        messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
        assert "Sorry, you do not have permission to access this area." in messages
    assert model.objects.count() == count


def test_the_add_page_menu_only_offers_what_can_still_be_added(admin_client):
    response = admin_client.get(
        reverse("wagtailadmin_pages:add_subpage", args=(english(HomePage).pk,))
    )
    assert response.status_code == 200
    offered = {model_name for _, _, model_name, _ in response.context["page_types"]}
    assert offered == {"standardpage", "formpage"}


@pytest.mark.parametrize("model", SINGLETON_INDEXES, ids=lambda m: m.__name__)
def test_editing_and_publishing_an_index_page(admin_client, model):
    page = edit_and_publish(
        admin_client,
        english(model),
        intro=rich_text("<p>Updated by the communications team this week.</p>"),
    )

    assert "Updated by the communications team this week." in page.intro
    assert "Updated by the communications team this week." in text_of(visit(page))


def test_editing_and_publishing_the_home_page(admin_client):
    home = english(HomePage)
    featured, testimonial = home.featured_campaign_id, home.testimonial_id

    home = edit_and_publish(
        admin_client, home, hero_heading="Solidarity has no borders, this week too"
    )

    assert home.hero_heading == "Solidarity has no borders, this week too"
    # Fields the editor did not touch keep their values.
    assert (home.featured_campaign_id, home.testimonial_id) == (featured, testimonial)
    soup = visit(home)
    assert soup.select_one("h1").get_text(strip=True) == "Solidarity has no borders, this week too"


# Communications staff save drafts.


def test_communications_save_a_standard_page_as_a_draft(comms_client):
    home = english(HomePage)
    response = comms_client.post(
        add_url(StandardPage, home),
        nested_form_data(
            {
                "title": "Become a delegate",
                "slug": "become-a-delegate",
                "intro": "Draft: how to join a delegation.",
                "body": streamfield([("heading", {"text": "Who can go", "level": "h2"})]),
            }
        ),
    )

    assert response.status_code == 302, form_errors(response)
    page = StandardPage.objects.child_of(home).get(slug="become-a-delegate")
    # Saving a draft keeps the editor on the new page's edit form.
    assert response.url == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert not page.live
    assert page.owner.username == "comms"
    draft = page.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == ["heading"]
    assert Client().get(f"{home.url}become-a-delegate/").status_code == 404


FOOTER_ADD = "/admin/snippets/home/footertext/add/"


def contentstate(*texts):
    """What the rich text editor posts: one paragraph per text."""
    blocks = [
        {"key": f"k{n}", "text": text, "type": "unstyled", "depth": 0}
        | {"inlineStyleRanges": [], "entityRanges": [], "data": {}}
        for n, text in enumerate(texts)
    ]
    return json.dumps({"blocks": blocks, "entityMap": {}})


@pytest.fixture
def no_english_footer(english):
    """A site whose English footer text is still to be written (the demo site has one)."""
    FooterText.objects.filter(locale=english).delete()


@pytest.mark.usefixtures("no_english_footer")
@pytest.mark.parametrize("texts", [("",), ("", "  "), ("\xa0",)])
def test_autosave_of_a_new_footer_text_with_no_words_creates_nothing(comms_client, texts):
    """Wagtail 8's autosave posts the create form as JSON as soon as it changes: an editor who
    typed and deleted, or pressed Enter, sends empty paragraphs."""
    before = FooterText.objects.count()
    response = comms_client.post(
        FOOTER_ADD, {"body": contentstate(*texts)}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["success"] is False
    assert FooterText.objects.count() == before

    # A click on Create says what is missing.
    response = comms_client.post(FOOTER_ADD, {"body": contentstate(*texts)})
    assert response.status_code == 200
    assert "Write the footer text: every page shows it at its foot." in response.content.decode()
    assert FooterText.objects.count() == before


@pytest.mark.usefixtures("no_english_footer")
def test_autosave_of_a_new_footer_text_with_words_creates_it(comms_client):
    before = FooterText.objects.count()
    response = comms_client.post(
        FOOTER_ADD, {"body": contentstate("We organize.")}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200 and response.json()["success"] is True
    assert FooterText.objects.count() == before + 1


FOOTER_LIST = "/admin/snippets/home/footertext/"


def offers_to_add(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return bool(soup.select(f'a[href^="{FOOTER_ADD}"]'))


def test_the_footer_text_is_added_once_then_edited(comms_client, english):
    """Every page shows one footer text per language: a second was never shown."""
    assert not offers_to_add(comms_client.get(FOOTER_LIST))
    before = FooterText.objects.count()

    response = comms_client.get(FOOTER_ADD)
    assert response.status_code == 302 and response.url == f"{FOOTER_LIST}?locale=en"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "There is already a footer text in this language: edit it rather than adding one."
    ]
    response = comms_client.post(FOOTER_ADD, {"body": contentstate("A second footer.")})
    assert response.status_code == 302
    response = comms_client.post(
        FOOTER_ADD, {"body": contentstate("A second footer.")}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "one_footer_text_per_language"
    assert FooterText.objects.count() == before

    FooterText.objects.filter(locale=english).delete()
    assert offers_to_add(comms_client.get(FOOTER_LIST))
    assert comms_client.get(FOOTER_ADD).status_code == 200


@pytest.mark.parametrize("role_client", ["comms_client", "translator_client"])
def test_the_spanish_footer_text_is_a_translation_never_added(request, role_client, spanish):
    client = request.getfixturevalue(role_client)
    FooterText.objects.filter(locale=spanish).delete()

    assert not offers_to_add(client.get(FOOTER_LIST, {"locale": "es"}))
    response = client.post(f"{FOOTER_ADD}?locale=es", {"body": contentstate("Otro pie.")})
    assert response.status_code == 302
    assert not FooterText.objects.filter(locale=spanish).exists()
