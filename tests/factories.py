"""Factories for pages that tests build beside the demo site (per area, with wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from blog.models import BlogPostPage
from campaigns.models import CampaignPage, TourPage
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

    class Meta:
        model = BlogPostPage


class CampaignPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test campaign {n}")
    summary = "A campaign made by a test."

    class Meta:
        model = CampaignPage


class TourPageFactory(LocalizedPageFactory):
    title = factory.Sequence(lambda n: f"Test tour {n}")
    summary = "A tour made by a test."
    start_date = datetime.date(2030, 3, 1)
    end_date = datetime.date(2030, 3, 10)

    class Meta:
        model = TourPage
