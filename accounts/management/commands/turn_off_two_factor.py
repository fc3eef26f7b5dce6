from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Turn two-factor authentication off for an editor who lost their authenticator app: "
        "they sign in with their password again, and can set up a new app."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        deleted, _ = TOTPDevice.objects.filter(user=user).delete()
        if deleted:
            self.stdout.write(f"Two-factor authentication is off for {username}.")
        else:
            self.stdout.write(f"{username} had no two-factor authentication.")
