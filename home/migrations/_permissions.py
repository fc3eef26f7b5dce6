"""Permission helpers shared by the data migrations that set up the staff groups.

The leading underscore keeps Django's migration loader from taking this module for a migration.
"""

# app_label -> models whose add/change/delete permissions Communications (and Moderators) got in
# 0002 and 0004. Redirects went to the Moderators alone in 0012: not for a new migration's use.
COMMUNICATIONS_MODELS = {
    "home": ["testimonial", "footertext"],
    "campaigns": ["committee"],
    "blog": ["topic"],
    "wagtailredirects": ["redirect"],
}


def perm(apps, app_label, codename):
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def crud(apps, models_by_app, actions=("add", "change", "delete")):
    return [
        perm(apps, app_label, f"{action}_{model}")
        for app_label, models in models_by_app.items()
        for model in models
        for action in actions
    ]
