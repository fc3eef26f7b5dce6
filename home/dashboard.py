"""Admin home panels that answer "what needs me?": pages awaiting my review, with the buttons to
approve them or ask for changes, and the drafts I left or was asked to change. Each runs a fixed
number of queries, however many pages there are."""

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, Task, TaskState, WorkflowState
from wagtail.permissions import page_permission_policy

MODERATORS = "Moderators"
DRAFTS_SHOWN = 10


def is_reviewer(user):
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def admin_url(content_type, view_name, object_id, *args):
    """An admin view (edit, workflow_action...) of a page or a snippet, from its content type
    (no query)."""
    model = content_type.model_class()
    if issubclass(model, Page):
        return reverse(f"wagtailadmin_pages:{view_name}", args=[int(object_id), *args])
    return reverse(model.snippet_viewset.get_url_name(view_name), args=[quote(object_id), *args])


def edit_url(content_type, object_id):
    return admin_url(content_type, "edit", object_id)


def scheduled_go_live():
    """When a page's approved revision goes live, if one is scheduled (Page.scheduled_revision,
    as a subquery): a scheduled page is neither "never published" nor a plain draft."""
    return Subquery(
        Revision.page_revisions.filter(
            object_id=Cast(OuterRef("pk"), CharField()), approved_go_live_at__isnull=False
        ).values("approved_go_live_at")[:1]
    )


class AwaitingReviewPanel(Component):
    """Pages and snippets submitted to a workflow task this user can approve, oldest request
    first, each with the task's actions (approve, request changes...) as on Wagtail's own panel:
    its workflow-action script posts them, opening the comment dialog where the task asks."""

    name = "awaiting_review"
    order = 100
    template_name = "home/admin/awaiting_review_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        states = list(
            TaskState.objects.reviewable_by(self.user)
            .select_related("revision__user", "revision__content_type")
            .prefetch_related("revision__content_object")
            .order_by("started_at")
        )
        tasks = Task.objects.filter(pk__in={state.task_id for state in states}).specific()
        tasks = {task.pk: task for task in tasks}
        return {"items": [self.item(state, tasks[state.task_id]) for state in states]}

    def item(self, state, task):
        revision = state.revision
        content_type = revision.content_type
        return {
            "title": revision.object_str,
            "edit_url": edit_url(content_type, revision.object_id),
            "kind": content_type.model_class()._meta.verbose_name,
            "submitted_by": revision.user,
            "submitted_at": state.started_at,
            "task": task.name,
            "actions": [
                {
                    "label": label,
                    "url": admin_url(
                        content_type, "workflow_action", revision.object_id, name, state.pk
                    ),
                    "asks_for_comment": modal,
                }
                for name, label, modal in task.get_actions(revision.content_object, self.user)
            ],
        }


class DraftsPanel(Component):
    """Pages whose latest changes are this user's and are neither published nor submitted
    (scheduled ones say when they go live), among those the user may still edit (submitting an
    English page for translation makes its Spanish draft "theirs" too, but the Spanish tree is
    the translators'), and, first, the pages and snippets this user submitted that a reviewer
    sent back: who asked for changes, when, and their comment (Wagtail shows the comment only in
    the page's workflow status dialog, whose heading names the submitter as if they had asked)."""

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
            .annotate(scheduled_at=scheduled_go_live())
            .select_related("content_type", "locale")
            .order_by("-latest_revision_created_at")[:DRAFTS_SHOWN]
        )
        return {
            "changes_requested": self.changes_requested(),
            "drafts": [
                {
                    "page": page,
                    "kind": page.content_type.model_class()._meta.verbose_name,
                }
                for page in drafts
            ],
        }

    def changes_requested(self):
        states = (
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=self.user
            )
            .select_related(
                "content_type",
                "current_task_state__revision",
                "current_task_state__finished_by",
            )
            .order_by("-current_task_state__finished_at")
        )
        return [
            {
                "title": state.current_task_state.revision.object_str,
                "edit_url": edit_url(state.content_type, state.object_id),
                "kind": state.content_type.model_class()._meta.verbose_name,
                "asked_by": state.current_task_state.finished_by,
                "asked_at": state.current_task_state.finished_at,
                "comment": state.current_task_state.comment,
            }
            for state in states
        ]
