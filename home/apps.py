from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from . import boundaries, caching, handoffs, notifications, signals  # noqa: F401
        from .spreadsheets import protect_wagtail_csv_exports
        from .translation_editor import localize_string_comments

        protect_wagtail_csv_exports()
        localize_string_comments()
