"""Admin home panels that answer "what needs me?": pages awaiting my review and the drafts I
left. Each runs a fixed number of queries, however many pages there are."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.permissions import page_permission_policy

MODERATORS = "Moderators"
DRAFTS_SHOWN = 10


def is_reviewer(user):
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def edit_url(content_type, object_id):
    """The admin edit view of a page or a snippet, from its content type (no query)."""
    if issubclass(content_type.model_class(), Page):
        return reverse("wagtailadmin_pages:edit", args=[int(object_id)])
    return reverse(
        f"wagtailsnippets_{content_type.app_label}_{content_type.model}:edit", args=[object_id]
    )


class AwaitingReviewPanel(Component):
    """Pages and snippets submitted to a workflow task this user can approve, oldest request
    first."""

    name = "awaiting_review"
    order = 100
    template_name = "home/admin/awaiting_review_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        states = (
            TaskState.objects.reviewable_by(self.user)
            .select_related("revision__user", "revision__content_type", "task")
            .order_by("started_at")
        )
        return {
            "items": [
                {
                    "title": state.revision.object_str,
                    "edit_url": edit_url(state.revision.content_type, state.revision.object_id),
                    "kind": state.revision.content_type.model_class()._meta.verbose_name,
                    "submitted_by": state.revision.user,
                    "submitted_at": state.started_at,
                    "task": state.task.name,
                }
                for state in states
            ]
        }


class DraftsPanel(Component):
    """Pages whose latest changes are this user's and are neither published nor submitted, among
    those the user may still edit: submitting an English page for translation makes its Spanish
    draft "theirs" too, but the Spanish tree is the translators'."""

    name = "my_drafts"
    order = 110
    template_name = "home/admin/drafts_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        in_review = WorkflowState.objects.active().filter(
            base_content_type=ContentType.objects.get_for_model(Page)
        )
        drafts = (
            page_permission_policy.instances_user_has_permission_for(self.user, "change")
            .filter(has_unpublished_changes=True, latest_revision__user=self.user)
            .exclude(pk__in=[int(pk) for pk in in_review.values_list("object_id", flat=True)])
            .select_related("content_type", "locale")
            .order_by("-latest_revision_created_at")[:DRAFTS_SHOWN]
        )
        return {
            "drafts": [
                {
                    "page": page,
                    "kind": page.content_type.model_class()._meta.verbose_name,
                }
                for page in drafts
            ]
        }
