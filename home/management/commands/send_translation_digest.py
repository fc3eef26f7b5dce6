from django.core.management.base import BaseCommand

from home.handoffs import send_translation_digest


class Command(BaseCommand):
    """Run periodically (cron; `make run` every few minutes): one email per translator, not one
    per save."""

    help = (
        "Email the Translators group one digest, in Spanish, of the English pages and snippets "
        "new or changed since the last digest."
    )

    def handle(self, **options):
        announced = send_translation_digest()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{announced} new or changed item(s) announced to translators.")
