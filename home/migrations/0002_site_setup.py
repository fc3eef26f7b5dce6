"""Everything a new database needs before anyone logs in, in production too: the Spanish locale,
the English home page as the site root, and the Communications and Translators groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from ._permissions import COMMUNICATIONS_MODELS, crud, perm
# Translators only edit the Spanish versions of these snippets (home.wagtail_hooks refuses
# them the English ones).
TRANSLATOR_SNIPPETS = {
    "home": ["testimonial", "footertext"],
    "campaigns": ["committee"],
    "blog": ["topic"],
}


def setup_site(apps, schema_editor):
    # Permissions are normally created after migrate; groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    HomePage = apps.get_model("home.HomePage")

    english, _ = Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="es")

    # Replace Wagtail's placeholder "Welcome" page with our home page.
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    home = HomePage.objects.filter(depth=2, locale=english).first()
    if home is None:
        root = Page.objects.get(depth=1)
        home = HomePage.objects.create(
            title="Home",
            draft_title="Home",
            hero_heading="Worker to worker solidarity",
            slug="home",
            content_type=home_type,
            path=f"{root.path}{root.numchild + 1:04d}",
            depth=2,
            numchild=0,
            url_path="/home/",
            locale=english,
            live=True,
        )
        Page.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True
    )

    admin_access = perm(apps, "wagtailadmin", "access_admin")
    page_perm = {
        action: perm(apps, "wagtailcore", f"{action}_page")
        for action in ("add", "change", "publish", "lock", "unlock")
    }
    root_collection = Collection.objects.get(depth=1)

    communications, _ = Group.objects.get_or_create(name="Communications")
    communications.permissions.set(
        [
            admin_access,
            perm(apps, "wagtail_localize", "submit_translation"),
            perm(apps, "home", "change_sitesettings"),
            *crud(apps, COMMUNICATIONS_MODELS),
        ]
    )
    for permission in page_perm.values():
        GroupPagePermission.objects.get_or_create(
            group=communications, page_id=home.pk, permission=permission
        )
    media_permissions = [
        # Image permissions belong to wagtailimages.Image even with a custom image model.
        perm(apps, "wagtailimages", "add_image"),
        perm(apps, "wagtailimages", "change_image"),
        perm(apps, "wagtailimages", "choose_image"),
        perm(apps, "wagtaildocs", "add_document"),
        perm(apps, "wagtaildocs", "change_document"),
        perm(apps, "wagtaildocs", "choose_document"),
    ]
    for permission in media_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=communications, collection=root_collection, permission=permission
        )

    # Translators: no page permission here. They get change and publish on the Spanish home
    # page when it exists (home.signals), and never anything on the English tree.
    translators, _ = Group.objects.get_or_create(name="Translators")
    translators.permissions.set(
        [admin_access, *crud(apps, TRANSLATOR_SNIPPETS, actions=("change",))]
    )
    for permission in (
        perm(apps, "wagtailimages", "choose_image"),
        perm(apps, "wagtaildocs", "choose_document"),
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=translators, collection=root_collection, permission=permission
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("campaigns", "0002_initial"),
        ("blog", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(setup_site, migrations.RunPython.noop)]
