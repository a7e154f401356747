"""Logging set-up: a rotating log file in the user log dir, and a filter that redacts secrets.

Every record passes through `RedactingFilter`, so a password that slipped into a URL or an
exception text is replaced before it reaches the file or the console, and phone numbers are
masked (`57300***4567`) unless the log is at debug level (`MASIV_LOG_LEVEL=debug`), which a
person turns on to chase a problem with one number.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import threading
from pathlib import Path

_PASSWORD_IN_QUERY = re.compile(r"(?i)(password=)[^&\s'\"<>]*")
_PHONE = re.compile(r"(?<![\w.])(\+?\d{5})(\d{1,6})(\d{4})(?![\w.])")
"""10 to 15 digits on their own: an international or national phone number."""
LEVEL_ENV = "MASIV_LOG_LEVEL"
_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def register_secret(secret: str) -> None:
    """Remember a secret (a password) so that every log record redacts it verbatim."""
    if secret:
        with _secrets_lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """Hide passwords: `password=` query values and every registered secret."""
    text = _PASSWORD_IN_QUERY.sub(r"\1***", text)
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def mask_numbers(text: str) -> str:
    """Phone numbers with their middle digits hidden: enough to tell two apart, not to call."""
    return _PHONE.sub(r"\1***\3", text)


class RedactingFilter(logging.Filter):
    def __init__(self, *, numbers: bool = False) -> None:
        super().__init__()
        self.numbers = numbers
        """Whether phone numbers are kept whole (debug level)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message) if self.numbers else mask_numbers(redact(message))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            if not self.numbers:
                record.exc_text = mask_numbers(record.exc_text)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup_logging(log_file: Path | None, level: int = logging.INFO, console: bool = False) -> None:
    """Route the program's records to a rotating file (5 × 2 MB), redacted; numbers masked
    unless the level (or `MASIV_LOG_LEVEL`) is debug."""
    if os.environ.get(LEVEL_ENV, "").strip().lower() == "debug":
        level = logging.DEBUG
    root = logging.getLogger("masiv_desktop")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handlers: list[logging.Handler] = []
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"))
    if console:
        handlers.append(logging.StreamHandler())
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter(numbers=level <= logging.DEBUG))
        root.addHandler(handler)
