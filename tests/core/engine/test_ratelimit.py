"""The token bucket, its adaptive ceiling and the meter, on a clock moved by hand."""

from __future__ import annotations

from masiv_desktop.core.engine.ratelimit import AdaptiveRate, RateMeter, TokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _parts_sent(rate: float, parts_per_message: int, seconds: float) -> int:
    """Drive a bucket like the engine does: take when it can, otherwise wait as told."""
    clock = Clock()
    bucket = TokenBucket(rate, clock)
    end = clock.now + seconds
    sent = 0
    while clock.now < end:
        if bucket.try_take(parts_per_message):
            sent += parts_per_message
        else:
            clock.now += max(bucket.wait_time(parts_per_message), 1e-4)
    return sent


def test_three_part_messages_at_ten_per_second_send_ten_parts_per_second() -> None:
    assert 95 <= _parts_sent(10, 3, 10.0) <= 105


def test_single_parts_follow_the_rate() -> None:
    assert 495 <= _parts_sent(50, 1, 10.0) <= 505


def test_unlimited_never_waits() -> None:
    bucket = TokenBucket(None, Clock())
    assert all(bucket.try_take(5) for _ in range(10_000))
    assert bucket.wait_time(5) == 0.0


def test_slow_down_halves_the_ceiling_then_recovers_within_seconds() -> None:
    clock = Clock()
    bucket = TokenBucket(100, clock)
    adaptive = AdaptiveRate(bucket, 100, clock)
    assert adaptive.slow_down(observed=80) == 50
    assert adaptive.lowered
    for _ in range(2):
        clock.now += 1.0
        adaptive.tick()
    assert bucket.rate == 100 and not adaptive.lowered


def test_the_answers_of_one_push_back_lower_the_rate_once() -> None:
    """Eight requests in flight all answered 503 + Retry-After 2: one halving, not eight."""
    clock = Clock()
    bucket = TokenBucket(200, clock)
    adaptive = AdaptiveRate(bucket, 200, clock)
    for _ in range(8):
        assert adaptive.slow_down(observed=150, until=clock.now + 2) == 100
        clock.now += 0.01
    assert bucket.rate == 100


def test_the_rate_is_not_raised_during_the_hold() -> None:
    clock = Clock()
    bucket = TokenBucket(200, clock)
    adaptive = AdaptiveRate(bucket, 200, clock)
    adaptive.slow_down(observed=150, until=clock.now + 5)
    for _ in range(5):
        clock.now += 0.99
        adaptive.tick()
    assert bucket.rate == 100
    clock.now += 1.1
    adaptive.tick()
    assert bucket.rate == 200


def _recovery_seconds(configured: float | None) -> int:
    """40 answers 503 + Retry-After 2 (ten holds of four requests in flight), then a healthy
    gateway: seconds until the configured rate is back."""
    clock = Clock()
    bucket = TokenBucket(configured, clock)
    adaptive = AdaptiveRate(bucket, configured, clock)
    for _ in range(10):
        for _ in range(4):
            adaptive.slow_down(observed=0.5, until=clock.now + 2)
        clock.now += 2
        adaptive.tick()
    assert adaptive.lowered
    for second in range(1, 600):
        clock.now += 1.0
        adaptive.tick()
        if not adaptive.lowered:
            return second
    raise AssertionError("the rate never recovered")


def test_after_forty_push_backs_the_configured_rate_is_back_within_seconds() -> None:
    """Issue 15: +10 % a second took about a minute from the floor to 200/s."""
    assert _recovery_seconds(200) <= 4
    assert _recovery_seconds(3000) <= 4
    assert _recovery_seconds(None) <= 4


def test_an_unlimited_rate_is_limited_after_push_back_then_freed() -> None:
    clock = Clock()
    bucket = TokenBucket(None, clock)
    adaptive = AdaptiveRate(bucket, None, clock)
    adaptive.slow_down(observed=200)
    assert bucket.rate == 100
    for _ in range(40):
        clock.now += 1.0
        adaptive.tick()
    assert bucket.rate is None


def test_meter_counts_over_its_window() -> None:
    clock = Clock()
    meter = RateMeter(clock, window=5.0)
    for _ in range(50):
        clock.now += 0.1
        meter.add(2)
    assert 19 <= meter.rate() <= 21
    clock.now += 10
    assert meter.rate() == 0.0
