"""Factories for pages that tests build beside the demo site (per area, with wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from blog.models import BlogPostPage, Topic
from campaigns.models import CampaignPage, Committee, PartnerPage, PersonPage, TourPage, TourStop
from home.models import StandardPage


class LocalizedPageFactory(wagtail_factories.PageFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class StandardPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "A page made by a test."

    class Meta:
        model = StandardPage


class BlogPostPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test post {n}")
    intro = "A post made by a test."
    date = datetime.date(2024, 5, 1)
    hero_alt = "Union members marching with banners"

    class Meta:
        model = BlogPostPage


class CampaignPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test campaign {n}")
    summary = "A campaign made by a test."
    hero_alt = "Farmworkers meeting in a field"

    class Meta:
        model = CampaignPage


class TourPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test tour {n}")
    summary = "A tour made by a test."
    hero_alt = "A speaker at a union hall"
    start_date = datetime.date(2030, 3, 1)
    end_date = datetime.date(2030, 3, 10)

    class Meta:
        model = TourPage


class PartnerPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test partner {n}")
    acronym = factory.Sequence(lambda n: f"TP{n}")
    country = "CO"
    sector = PartnerPage.Sector.AGRICULTURE
    summary = "A partner union made by a test."

    class Meta:
        model = PartnerPage


class PersonPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test person {n}")
    role = "Organizer"

    class Meta:
        model = PersonPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test topic {n}")
    slug = factory.Sequence(lambda n: f"test-topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class CommitteeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test committee {n}")
    city = factory.Sequence(lambda n: f"Test city {n}")
    email = factory.Sequence(lambda n: f"committee{n}@example.org")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Committee


class TourStopFactory(factory.django.DjangoModelFactory):
    """A stop on `page` (required), in the tour's language."""

    locale = factory.SelfAttribute("page.locale")
    date = factory.SelfAttribute("page.start_date")
    city = factory.Sequence(lambda n: f"Stop city {n}")
    event = "Public talk"
    venue = "Union hall"
    committee = factory.SubFactory(CommitteeFactory, locale=factory.SelfAttribute("..locale"))

    class Meta:
        model = TourStop
