"""An image as those who may choose it but not change it see it: translators, who translate the
alt text and captions pages give an image, open it from the translation editor's "Edit this
image" (wagtail-localize links to Wagtail's edit view, which refuses them).

`edit_or_read_image` answers Wagtail's edit URL (home.wagtail_hooks puts it first): those who
may change the image get Wagtail's edit view; those who may only choose it are sent to
`ImageDetailsView`, which shows the picture, its title, description, caption and credit, and
the pages that use it, and writes nothing.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic import InspectView
from wagtail.images import get_image_model
from wagtail.images.views.images import EditView
from wagtail.models import Page
from wagtail.permissions import policy_registry

wagtail_edit_view = EditView.as_view()


class ImageDetailsView(InspectView):
    """Read-only: an image's picture, text fields and uses, for whoever may choose it."""

    model = get_image_model()
    pk_url_kwarg = "image_id"
    any_permission_required = ["choose", "change"]
    edit_url_name = "wagtailimages:edit"
    index_url_name = "wagtailimages:index"
    header_icon = "image"
    page_title = _("Image details")
    template_name = "home/admin/image_details.html"
    fields = ["title", "description", "caption", "credit", "collection"]

    def get_object(self, queryset=None):
        image = super().get_object(queryset)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, self.any_permission_required, image
        ):
            raise PermissionDenied
        return image

    def get_breadcrumbs_items(self):
        # The image library (the index) is for those who add or change images.
        if not self.user_has_any_permission(["add", "change", "delete"]):
            self.index_url_name = None
        return super().get_breadcrumbs_items()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # (name, edit URL or None): a page links to its editor where the user may edit it (a
        # translator, the Spanish pages). Snippets do not: their language decides who may edit
        # them (home.boundaries), which Wagtail's URL finder does not know.
        finder = AdminURLFinder(self.request.user)
        context["uses"] = [
            (str(obj), finder.get_edit_url(obj) if isinstance(obj, Page) else None)
            for obj, _references in self.object.get_usage()
        ]
        return context


def edit_or_read_image(request, image_id):
    """Wagtail's image edit view, or the image's details for a user who may only choose it."""
    image = get_object_or_404(get_image_model(), pk=image_id)
    policy = policy_registry.get_by_type(get_image_model())
    user = request.user
    if not policy.user_has_permission_for_instance(
        user, "change", image
    ) and policy.user_has_permission_for_instance(user, "choose", image):
        return redirect("image_details", image_id=image.pk)
    return wagtail_edit_view(request, image_id=image_id)
