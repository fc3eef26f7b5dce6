from .campaigns import CampaignIndexPage, CampaignPage, CampaignPartner
from .committees import Committee
from .partners import PartnerIndexPage, PartnerPage
from .people import PeopleIndexPage, PersonPage
from .tours import TourGuest, TourIndexPage, TourPage, TourStop

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPartner",
    "Committee",
    "PartnerIndexPage",
    "PartnerPage",
    "PeopleIndexPage",
    "PersonPage",
    "TourGuest",
    "TourIndexPage",
    "TourPage",
    "TourStop",
]
