"""Routing for index pages: Campaigns, Partners, Tours, People, News."""

from django.http import Http404


class IndexRoutingMixin:
    """For an index page whose children are all of one type (its one `subpage_types` entry).

    Wagtail's `Page.route` finds a child in two queries (the page, then its specific row), and
    the child's page then fetches each image or document it shows. Here the child comes as its
    own type, with `child_select_related`, in one query: the same routing, three or four
    queries fewer on every campaign, partner, tour, person and post."""

    child_select_related = ()

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        (child_model,) = self.allowed_subpage_models()
        try:
            child = (
                child_model.objects.child_of(self)
                .select_related(*self.child_select_related)
                .get(slug=path_components[0])
            )
        except child_model.DoesNotExist as error:
            raise Http404 from error
        # As Page.route does: the child's get_parent() costs no query.
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])
