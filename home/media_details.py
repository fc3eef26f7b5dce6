"""Images and documents as those who may choose them but not change them see them: translators,
who translate the alt text and captions pages give an image, open it from the translation
editor's "Edit this image" or "Edit this document" (wagtail-localize links to Wagtail's edit
views, which refuse them).

`edit_or_read_image` and `edit_or_read_document` answer Wagtail's edit URLs (home.wagtail_hooks
puts them first): those who may change the image or document get Wagtail's edit view; those who
may only choose it are sent to what they can read. For an image, `ImageDetailsView`: the
picture, its title, description, caption and credit, and the pages that use it, writing
nothing; for a document, the document itself.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic import InspectView
from wagtail.documents import get_document_model
from wagtail.documents.views.documents import EditView as DocumentEditView
from wagtail.images import get_image_model
from wagtail.images.views.images import EditView as ImageEditView
from wagtail.models import Page
from wagtail.permissions import policy_registry

wagtail_image_edit = ImageEditView.as_view()
wagtail_document_edit = DocumentEditView.as_view()


def may_only_choose(user, obj):
    """True for a user who may choose `obj` (an image or document) but not change it."""
    policy = policy_registry.get_by_type(type(obj))
    return not policy.user_has_permission_for_instance(
        user, "change", obj
    ) and policy.user_has_permission_for_instance(user, "choose", obj)


class ImageDetailsView(InspectView):
    """Read-only: an image's picture, text fields and uses, for whoever may choose it."""

    model = get_image_model()
    pk_url_kwarg = "image_id"
    any_permission_required = ["choose", "change"]
    # Linked from the header for those who may change the image; no link to the library,
    # which is for those who add or change images.
    edit_url_name = "wagtailimages:edit"
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
    if may_only_choose(request.user, image):
        return redirect("image_details", image_id=image.pk)
    return wagtail_image_edit(request, image_id=image_id)


def edit_or_read_document(request, document_id):
    """Wagtail's document edit view, or the document itself for a user who may only choose it
    (its title is in the translation editor already)."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    if may_only_choose(request.user, document):
        return redirect(document.url)
    return wagtail_document_edit(request, document_id=document_id)
