"""Which store this desktop uses: its own SQLite file, or the team's PostgreSQL server named
by MASIV_STORE_URL or the `store_url` setting (docs/team-store.md).

The server's password is never in the settings: it is in the system keyring (service
`masiv-desktop-store`, keyed by the address), else libpq finds it in PGPASSWORD or .pgpass.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

import keyring
import keyring.errors

from masiv_desktop.core.logs import register_secret
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store import db
from masiv_desktop.core.store.problems import display_url

log = logging.getLogger(__name__)

STORE_URL_ENV = "MASIV_STORE_URL"
SERVICE = "masiv-desktop-store"


def store_url(settings: Settings, environ: Mapping[str, str] = os.environ) -> str | None:
    """The team store's address in effect (MASIV_STORE_URL over the setting), or None."""
    return environ.get(STORE_URL_ENV, "").strip() or settings.store_url or None


def use_store_of(settings: Settings, environ: Mapping[str, str] = os.environ) -> str | None:
    """Point this process's store at the team store the settings name (or back at the
    desktop's own file); returns its address. Called once at start by both front ends."""
    url = store_url(settings, environ)
    password = None
    if url and not environ.get("PGPASSWORD"):
        password = load_store_password(url)
    db.use_team_store(url, password=password)
    if url:
        log.info("the store is the team store %s", display_url(url))
    return url


def load_store_password(url: str) -> str | None:
    """The team store's password saved in the keyring, None when none is (or no keyring)."""
    try:
        password = keyring.get_password(SERVICE, display_url(url))
    except keyring.errors.KeyringError as exc:
        log.info("no keyring for the team store's password: %s", exc)
        return None
    if password:
        register_secret(password)
    return password or None


def save_store_password(url: str, password: str) -> None:
    """Keep the team store's password in the keyring (`KeyringError` when there is none)."""
    register_secret(password)
    keyring.set_password(SERVICE, display_url(url), password)
