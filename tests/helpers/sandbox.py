"""Small helpers for the sandbox tests: one request, its XML parsed."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import requests
from defusedxml.ElementTree import fromstring

SEND = "/SmsHandlers/sendhandler.ashx"
REPORT = "/SmsHandlers/Reporthandler.ashx"
V3_SEND = "/Smsv3/sendhandler.ashx"
V3_REPORT = "/Smsv3/Reporthandler.ashx"
LOGIN = {"username": "demo", "password": "demo"}


def call(base_url: str, path: str, params: dict[str, str], method: str = "GET",
         session: requests.Session | None = None) -> requests.Response:
    http = session or requests
    if method == "POST":
        return http.post(base_url + path, data=params, timeout=10)
    return http.get(base_url + path, params=params, timeout=10)


def xml(answer: requests.Response) -> ET.Element:
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Type"] == "text/xml; charset=utf-8"
    root: ET.Element = fromstring(answer.content)
    return root


def send(base_url: str, recipient: str = "573151234567", text: str = "HelloWorld",
         method: str = "GET", path: str = SEND, **extra: str) -> ET.Element:
    params = {"action": "sendmessage", **LOGIN, "recipient": recipient,
              "messagedata": text, **extra}
    return xml(call(base_url, path, params, method))


def get_message(base_url: str, message_id: str, method: str = "GET",
                path: str = REPORT, **extra: str) -> ET.Element:
    params = {"action": "getMessage", **LOGIN, "messageId": message_id, **extra}
    return xml(call(base_url, path, params, method))


def error_code(root: ET.Element) -> int | None:
    if root.findtext("action") != "error":
        return None
    return int(root.findtext("data/errorcode") or "0")


def message_ids(root: ET.Element) -> list[str]:
    return [r.findtext("messageid") or "" for r in root.iter("acceptreport")]


def status_of(base_url: str, message_id: str) -> int:
    root = get_message(base_url, message_id)
    assert root.findtext("action") == "getMessage", ET.tostring(root)
    return int(root.findtext("data/status") or "-1")
