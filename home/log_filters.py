"""Logging filters for production (config.settings.environment.logging_settings)."""

import logging
import threading
import time


class FirstPerInterval(logging.Filter):
    """One record per `seconds`, and a count of those held back, for a logger that would
    otherwise repeat itself on every request: with Redis gone, django-redis logs a traceback for
    each cache call it ignores, several per page, thousands a minute under load."""

    def __init__(self, seconds=60):
        super().__init__()
        self.seconds = seconds
        self.next_at = 0.0
        self.held_back = 0
        self.lock = threading.Lock()

    def filter(self, record):
        now = time.monotonic()
        with self.lock:
            if now < self.next_at:
                self.held_back += 1
                return False
            if self.held_back:
                record.msg = f"{record.msg} (and {self.held_back} more like it since the last one)"
            self.next_at = now + self.seconds
            self.held_back = 0
        return True
