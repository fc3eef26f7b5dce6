from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Every live page of every language, each with its translations as alternates.

    Wagtail 8.0.1's sitemap lists only the descendants of the site's root page, which leaves the
    Spanish tree out (wagtail-notes.md): here the items cover each translation of the root.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for version in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            versions[version.translation_key].append(version)

        urls = []
        for item in items:
            alternates = [
                {"lang_code": v.locale.language_code, "location": v.get_full_url(self.request)}
                for v in versions[item.translation_key]
            ]
            default = next((a for a in alternates if a["lang_code"] == "en"), None)
            if default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        self.latest_lastmod = max((u["lastmod"] for u in urls if u["lastmod"]), default=None)
        return urls
