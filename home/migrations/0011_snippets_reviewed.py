"""Snippets go through review like pages: footer texts, testimonials, local committees and
topics are shown on every page or route mail, so a change by Communications waits for a
moderator's approval ("Moderators approval", the pages' workflow). Moderators may publish them;
Translators publish the Spanish ones from the translation editor (home.boundaries keeps them off
the English ones)."""

from django.db import migrations

SNIPPETS = [
    ("home", "footertext", "footer text"),
    ("home", "testimonial", "testimonial"),
    ("campaigns", "committee", "local committee"),
    ("blog", "topic", "topic"),
]


def review_snippets(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")

    workflow = Workflow.objects.get(name="Moderators approval")
    publish = []
    for app_label, model, verbose_name in SNIPPETS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        # Wagtail creates "publish" permissions after migrate; the groups need them now.
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"publish_{model}",
            defaults={"name": f"Can publish {verbose_name}"},
        )
        publish.append(permission)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    for name in ("Moderators", "Translators"):
        Group.objects.get(name=name).permissions.add(*publish)


def unreview_snippets(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    for app_label, model, _name in SNIPPETS:
        WorkflowContentType.objects.filter(
            content_type__app_label=app_label, content_type__model=model
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_snippet_review"),
        ("blog", "0008_snippet_review"),
        ("campaigns", "0006_snippet_review"),
        ("home", "0004_moderation"),
    ]

    operations = [migrations.RunPython(review_snippets, unreview_snippets)]
