"""One email per review event per person.

Wagtail mails two notices when something is submitted to a workflow: "submitted for approval"
from the group approval task, to the group and to every superuser, and "submitted to workflow",
to every superuser again (wagtail.admin.signal_handlers). An administrator got both each time.
"""

from wagtail.admin.mail import WorkflowStateSubmissionEmailNotifier
from wagtail.models import AbstractGroupApprovalTask, WorkflowState
from wagtail.signals import workflow_submitted


class SubmittedToWorkflowNotifier(WorkflowStateSubmissionEmailNotifier):
    """Wagtail's "submitted to workflow" notice, sent only when the first task is not a group
    approval task: when it is, that task's notice has already reached every superuser."""

    def get_recipient_users(self, workflow_state, **kwargs):
        task_state = workflow_state.current_task_state
        if task_state and isinstance(task_state.task.specific, AbstractGroupApprovalTask):
            return set()
        return super().get_recipient_users(workflow_state, **kwargs)


# Under Wagtail's own dispatch_uid, so Wagtail's notifier is not connected beside it: "home"
# comes before "wagtail.admin" in INSTALLED_APPS, and a receiver already connected under a
# dispatch_uid is kept (tests/test_moderation.py counts the mail).
submitted_to_workflow_notifier = SubmittedToWorkflowNotifier()
workflow_submitted.connect(
    submitted_to_workflow_notifier,
    sender=WorkflowState,
    dispatch_uid="workflow_state_submitted_email_notification",
)
