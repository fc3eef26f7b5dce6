"""Signing in to the admin: the lockout page after repeated failures (django-axes) and
two-factor authentication with an authenticator app (django-otp), available to every editor."""
