"""Endpoint presets and custom base URLs: full handler paths, HTTPS required off loopback."""

from __future__ import annotations

import pytest

from masiv_desktop.gateway.errors import InsecureEndpointError
from masiv_desktop.gateway.http.endpoints import (
    PRESETS,
    Endpoint,
    custom_endpoint,
    is_loopback_host,
    require_secure,
    resolve_endpoint,
)


def test_presets_carry_the_documented_handler_urls() -> None:
    assert PRESETS["production"] == Endpoint(
        "production", "https://api.masivapp.com/SmsHandlers/sendhandler.ashx",
        "https://api.masivapp.com/SmsHandlers/Reporthandler.ashx")
    assert PRESETS["fixed_ip"].send_url == "https://api.masiv.co/SmsHandlers/sendhandler.ashx"
    assert PRESETS["fixed_ip"].report_url == (
        "https://api.masiv.co/SmsHandlers/Reporthandler.ashx")
    assert PRESETS["test"].send_url == "https://dev.stratec.com.co/Smsv3/sendhandler.ashx"
    assert PRESETS["test"].report_url == "https://dev.stratec.com.co/Smsv3/Reporthandler.ashx"
    for endpoint in PRESETS.values():
        require_secure(endpoint.send_url)
        require_secure(endpoint.report_url)


@pytest.mark.parametrize("base", ["http://127.0.0.1:8123", "http://127.0.0.1:8123/",
                                  "http://localhost:8123", "http://[::1]:8123"])
def test_a_loopback_base_url_gets_both_handlers(base: str) -> None:
    endpoint = custom_endpoint(base)
    root = base.rstrip("/")
    assert endpoint.send_url == f"{root}/SmsHandlers/sendhandler.ashx"
    assert endpoint.report_url == f"{root}/SmsHandlers/Reporthandler.ashx"


def test_a_path_prefix_is_kept() -> None:
    assert custom_endpoint("https://gw.example.com/masiv/").send_url == (
        "https://gw.example.com/masiv/SmsHandlers/sendhandler.ashx")


@pytest.mark.parametrize("base", ["http://api.masivapp.com", "http://10.0.0.5:8080",
                                  "http://127.example.com", "HTTP://192.168.1.1"])
def test_plain_http_to_another_computer_is_refused(base: str) -> None:
    with pytest.raises(InsecureEndpointError, match="https://"):
        custom_endpoint(base)


@pytest.mark.parametrize("base", ["ftp://127.0.0.1", "127.0.0.1:8123", "https://",
                                  "http://127.0.0.1:1/?x=1", ""])
def test_something_that_is_not_a_base_url_is_refused(base: str) -> None:
    with pytest.raises(ValueError):
        custom_endpoint(base)


def test_loopback_hosts() -> None:
    assert is_loopback_host("127.0.0.2") and is_loopback_host("::1")
    assert is_loopback_host("LOCALHOST")
    assert not is_loopback_host("localhost.example.com") and not is_loopback_host("10.0.0.1")


def test_resolve_takes_a_preset_name_or_a_url() -> None:
    assert resolve_endpoint("Production") is PRESETS["production"]
    assert resolve_endpoint("http://127.0.0.1:9").send_url.startswith("http://127.0.0.1:9/")
