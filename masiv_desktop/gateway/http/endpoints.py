"""Where the Masiv HTTP API lives: named presets and custom base URLs (the sandbox).

Each endpoint carries the full URLs of both handlers, so nobody builds a handler path by
hand. The password travels in the query string of every GET, so plain HTTP is refused for
any host but this computer's loopback (`InsecureEndpointError`). The client never sends a
plain-http request through a proxy either (`client._environment_settings`).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from masiv_desktop.gateway.errors import InsecureEndpointError

SEND_HANDLER = "sendhandler.ashx"
REPORT_HANDLER = "Reporthandler.ashx"


@dataclass(frozen=True)
class Endpoint:
    """One gateway: the sendmessage handler's URL and the getMessage handler's URL."""

    name: str
    send_url: str
    report_url: str


PRESETS: dict[str, Endpoint] = {
    endpoint.name: endpoint
    for endpoint in (
        Endpoint("production",
                 "https://api.masivapp.com/SmsHandlers/sendhandler.ashx",
                 "https://api.masivapp.com/SmsHandlers/Reporthandler.ashx"),
        Endpoint("fixed_ip",
                 "https://api.masiv.co/SmsHandlers/sendhandler.ashx",
                 "https://api.masiv.co/SmsHandlers/Reporthandler.ashx"),
        Endpoint("test",
                 "https://dev.stratec.com.co/Smsv3/sendhandler.ashx",
                 "https://dev.stratec.com.co/Smsv3/Reporthandler.ashx"),
    )
}
"""The documented gateways. "production" is the CDN (the documentation's advice), "fixed_ip"
is for firewalls that need one address (slower), "test" is the documented test server.

The test server's report URL is inferred: the documentation names only its sendhandler, and
the report handler sits beside the sendhandler on the other two hosts."""


def is_loopback_host(host: str) -> bool:
    """True for `localhost` and loopback IP addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure(url: str) -> None:
    """Refuse a URL that would carry the password in clear text or is not HTTP at all.

    Raises `InsecureEndpointError` for plain HTTP to a non-loopback host, `ValueError` for a
    URL without an http(s) scheme or a host.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"The gateway address {url!r} is not an http:// or https:// URL.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureEndpointError(url, (
            f"The gateway address {url!r} uses plain http:// to another computer; the password "
            "would travel unencrypted (through any proxy on the way too). Use https:// (plain "
            "http is only allowed to this computer, 127.0.0.1)."))


def custom_endpoint(base_url: str) -> Endpoint:
    """The endpoint of a gateway at `base_url` (e.g. the sandbox at http://127.0.0.1:8123).

    Both handlers go under `/SmsHandlers/`, as on the production hosts; a path in the base
    URL is kept as a prefix. Raises `InsecureEndpointError` for plain HTTP to a
    non-loopback host and `ValueError` for something that is not a base URL.
    """
    base = base_url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.query or parts.fragment:
        raise ValueError(f"The gateway address {base_url!r} must not have a query or fragment.")
    require_secure(base)
    return Endpoint(name=base, send_url=f"{base}/SmsHandlers/{SEND_HANDLER}",
                    report_url=f"{base}/SmsHandlers/{REPORT_HANDLER}")


def resolve_endpoint(value: str) -> Endpoint:
    """A preset by name ("production", "fixed_ip", "test") or else a custom base URL."""
    preset = PRESETS.get(value.strip().lower())
    return preset if preset is not None else custom_endpoint(value)
