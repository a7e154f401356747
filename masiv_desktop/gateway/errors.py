"""Errors a caller of a transport must handle before any request goes out."""

from __future__ import annotations


class GatewayInputError(ValueError):
    """A request that breaks the documented limits: refused before wasting a request.

    The message names the parameter and the limit, in words a user can act on.
    """

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter


class InsecureEndpointError(ValueError):
    """A non-loopback endpoint over plain HTTP: the password would travel in clear text, to
    the gateway and to any proxy on the way. `url` is the refused address."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(message)
        self.url = url
