"""core/reports/outcome.py: the delivery rate the GUI's report view shows."""

from __future__ import annotations

import pytest

from masiv_desktop.core.reports.outcome import Outcome, delivery_rate


def test_delivery_rate_counts_delivered_over_what_was_sent() -> None:
    counts = dict.fromkeys(Outcome, 0)
    assert delivery_rate(counts) is None
    counts.update({Outcome.DELIVERED_TO_HANDSET: 6, Outcome.DELIVERED_TO_NETWORK: 2,
                   Outcome.DELIVERY_ERROR: 1, Outcome.UNCERTAIN: 1,
                   Outcome.CANCELLED: 5, Outcome.IN_PROGRESS: 3})
    assert delivery_rate(counts) == pytest.approx(0.8)
    assert delivery_rate({Outcome.IN_PROGRESS: 4, Outcome.CANCELLED: 1}) is None
