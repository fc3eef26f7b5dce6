"""Review before publishing: Communications write and submit English pages, Moderators
(Communications leads) approve and publish them.

Wagtail's own migrations made a "Moderators" group with rights on the root page (so on the
Spanish tree too), an "Editors" group, and a "Moderators approval" workflow on the root page.
Here the Moderators' rights and the workflow move to the English home page: the Spanish tree
stays the Translators' (wagtail-localize's editor has no moderation step), and the unused
Editors group, which could edit both trees, goes.
"""

from django.db import migrations

from ._permissions import COMMUNICATIONS_MODELS, crud, perm

PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def set_up_moderation(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Locale = apps.get_model("wagtailcore.Locale")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    HomePage = apps.get_model("home.HomePage")

    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(depth=2, locale=english)
    root_collection = Collection.objects.get(depth=1)
    page_perm = {action: perm(apps, "wagtailcore", f"{action}_page") for action in PAGE_ACTIONS}

    Group.objects.filter(name="Editors", user__isnull=True).delete()

    # Communications no longer publish English pages themselves: they submit them.
    communications = Group.objects.get(name="Communications")
    GroupPagePermission.objects.filter(
        group=communications, permission=page_perm["publish"]
    ).delete()

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.set(
        [
            perm(apps, "wagtailadmin", "access_admin"),
            perm(apps, "wagtail_localize", "submit_translation"),
            perm(apps, "home", "change_sitesettings"),
            *crud(apps, COMMUNICATIONS_MODELS),
        ]
    )
    GroupPagePermission.objects.filter(group=moderators).delete()
    for permission in page_perm.values():
        GroupPagePermission.objects.create(group=moderators, page_id=home.pk, permission=permission)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=moderators,
            collection=root_collection,
            permission=perm(apps, app_label, codename),
        )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Moderators approval", content_type=task_type, active=True
        )
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.filter(workflow=workflow).delete()
    WorkflowPage.objects.create(workflow=workflow, page_id=home.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_snippet_revisions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(set_up_moderation, migrations.RunPython.noop)]
