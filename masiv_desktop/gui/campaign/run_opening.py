"""Opening a campaign's run: the gateway connection (keyring, embedded sandbox) and the
engine's `CampaignRun`, started. Runs on a worker thread (`run_op`): nothing here touches Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from masiv_desktop.core.engine.events import EventQueue
from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.engine.types import EngineOptions
from masiv_desktop.core.settings.account import GatewayConnection, open_gateway
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gateway.sandbox.server import SandboxConfig

SANDBOX_POLL_DELAYS: tuple[float, ...] = (2, 2, 3, 5, 10, 15)
"""Status polls of the embedded sandbox, whose messages are final within seconds: the demo
shows final statuses while the user watches (a real gateway keeps the engine's schedule)."""


@dataclass(frozen=True)
class RunRequest:
    """Everything a worker needs to open one run; `password` is the session's, if typed."""

    database: Path
    data_dir: str
    campaign_id: int
    settings: Settings
    password: str | None
    options: EngineOptions
    sandbox_config: SandboxConfig | None
    fixed_poll_delays: bool
    """True when the caller chose the poll delays: the sandbox keeps them."""


def open_run(request: RunRequest) -> tuple[GatewayConnection, CampaignRun]:
    """Open the gateway and start the run. Raises the core's errors (`KeyringUnavailable`,
    `CredentialsError`, `CampaignBusy`…); the connection is closed if the run cannot start."""
    connection = open_gateway(request.settings, password=request.password,
                              data_dir=request.data_dir, sandbox_config=request.sandbox_config)
    try:
        options = request.options
        if connection.is_sandbox and not request.fixed_poll_delays:
            options = with_poll_delays(options, SANDBOX_POLL_DELAYS)
        run = CampaignRun(request.database, request.campaign_id, connection.client, options,
                          events=EventQueue())
        run.start()
    except BaseException:
        connection.close()
        raise
    return connection, run


def with_poll_delays(options: EngineOptions, delays: tuple[float, ...]) -> EngineOptions:
    """`options` polling on `delays`, giving up on the network no later than 4 × the last."""
    policy = replace(options.poll_policy, delays=delays,
                     network_grace=min(options.poll_policy.network_grace, 4 * max(delays)))
    return replace(options, poll_policy=policy)
