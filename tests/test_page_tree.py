"""The page tree of design.md: each page type only where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage, BlogPostPage
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    PartnerIndexPage,
    PartnerPage,
    PeopleIndexPage,
    PersonPage,
    TourIndexPage,
    TourPage,
)
from home.models import FormPage, HomePage, StandardPage

INDEXES = {CampaignIndexPage, PartnerIndexPage, TourIndexPage, PeopleIndexPage, BlogIndexPage}


class PageTreeTests(WagtailPageTestCase):
    def test_home_holds_the_indexes_and_free_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, INDEXES | {StandardPage, FormPage})

    def test_each_index_holds_only_its_pages(self):
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(TourIndexPage, {TourPage})
        self.assertAllowedSubpageTypes(PeopleIndexPage, {PersonPage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPostPage})
        for index in INDEXES:
            self.assertAllowedParentPageTypes(index, {HomePage})

    def test_content_pages_are_leaves_under_their_index(self):
        for page_type, index in [
            (CampaignPage, CampaignIndexPage),
            (PartnerPage, PartnerIndexPage),
            (TourPage, TourIndexPage),
            (PersonPage, PeopleIndexPage),
            (BlogPostPage, BlogIndexPage),
        ]:
            self.assertAllowedParentPageTypes(page_type, {index})
            self.assertAllowedSubpageTypes(page_type, set())
            self.assertCanNotCreateAt(HomePage, page_type)

    def test_standard_and_form_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, FormPage})
        self.assertAllowedParentPageTypes(FormPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(FormPage, set())

    def test_indexes_are_singletons_under_each_home(self):
        for home in HomePage.objects.all():
            for index in INDEXES:
                assert not index.can_create_at(home), f"a second {index.__name__} under {home}"
