"""The retry policy (pure functions) and how the clients apply it (fake sleep, no waiting)."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import anthropic
import httpx
import pytest
from anthropic import _retries
from anthropic._exceptions import InternalServerError

from .conftest import MESSAGE, Recorder, async_client, create_message, json_response, sync_client


def error(status: int, headers: Any = None) -> httpx.Response:
    return json_response({"type": "error", "error": {"type": "api_error", "message": "boom"}}, status, headers)


# ---------------------------------------------------------------- pure policy


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 529])
def test_retryable_statuses(status: int) -> None:
    assert _retries.should_retry_response(status, {})


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
def test_other_client_errors_are_not_retried(status: int) -> None:
    assert not _retries.should_retry_response(status, {})


def test_x_should_retry_overrides_the_status() -> None:
    assert _retries.should_retry_response(400, {"x-should-retry": "true"})
    assert not _retries.should_retry_response(503, {"x-should-retry": "false"})


def test_backoff_doubles_from_the_initial_delay_up_to_the_cap() -> None:
    delays = [_retries.backoff_delay(n, rand=lambda: 0.0) for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert _retries.backoff_delay(10_000, rand=lambda: 0.0) == 8.0


def test_jitter_takes_off_up_to_a_quarter() -> None:
    assert _retries.backoff_delay(2, rand=lambda: 0.5) == pytest.approx(2.0 * 0.875)
    assert _retries.backoff_delay(2, rand=lambda: 0.999999) == pytest.approx(1.5, abs=1e-4)


def test_retry_after_headers() -> None:
    assert _retries.parse_retry_after({"retry-after-ms": "1500"}) == 1.5
    assert _retries.parse_retry_after({"retry-after": "3"}) == 3.0
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 10, usegmt=True)
    assert _retries.parse_retry_after({"retry-after": date}, now=lambda: now) == pytest.approx(10.0)
    assert _retries.parse_retry_after({"retry-after": "not a date"}) is None
    assert _retries.parse_retry_after({}) is None


def test_server_wait_is_used_only_when_reasonable() -> None:
    assert _retries.retry_delay(0, {"retry-after": "2"}, rand=lambda: 0.0) == 2.0
    # beyond 60 s, zero or negative: fall back to the backoff
    assert _retries.retry_delay(1, {"retry-after": "3600"}, rand=lambda: 0.0) == 1.0
    assert _retries.retry_delay(1, {"retry-after-ms": "0"}, rand=lambda: 0.0) == 1.0


# ---------------------------------------------------------------- client behaviour


class FakeSleep:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries.random, "random", lambda: 0.0)


def test_retries_then_succeeds_counting_attempts_in_a_header(no_jitter: None) -> None:
    recorder = Recorder([error(500), error(429), json_response(MESSAGE)])
    client = sync_client(recorder)
    sleep = FakeSleep()
    client._sleep = sleep  # type: ignore[method-assign]
    message = create_message(client)
    assert message.id == "msg_01"
    assert [r.headers["x-stainless-retry-count"] for r in recorder.requests] == ["0", "1", "2"]
    assert sleep.calls == [0.5, 1.0]
    # every attempt carries the same body
    assert len({r.content for r in recorder.requests}) == 1


def test_gives_up_after_max_retries_with_the_last_error(no_jitter: None) -> None:
    recorder = Recorder(lambda request: error(503))
    client = sync_client(recorder, max_retries=3)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    with pytest.raises(InternalServerError) as info:
        create_message(client)
    assert info.value.status_code == 503
    assert len(recorder.requests) == 4


def test_default_is_two_retries() -> None:
    recorder = Recorder(lambda request: error(500))
    client = sync_client(recorder)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    with pytest.raises(anthropic.InternalServerError):
        create_message(client)
    assert len(recorder.requests) == 1 + anthropic.DEFAULT_MAX_RETRIES == 3


def test_client_errors_are_not_retried() -> None:
    recorder = Recorder(lambda request: error(400))
    client = sync_client(recorder)
    sleep = FakeSleep()
    client._sleep = sleep  # type: ignore[method-assign]
    with pytest.raises(anthropic.BadRequestError):
        create_message(client)
    assert len(recorder.requests) == 1 and sleep.calls == []


def test_server_wait_headers_set_the_delay() -> None:
    soon = email.utils.formatdate(time.time() + 4, usegmt=True)
    recorder = Recorder(
        [
            error(429, {"retry-after-ms": "250"}),
            error(429, {"retry-after": "2"}),
            error(429, {"retry-after": soon}),
            json_response(MESSAGE),
        ]
    )
    client = sync_client(recorder, max_retries=3)
    sleep = FakeSleep()
    client._sleep = sleep  # type: ignore[method-assign]
    create_message(client)
    assert sleep.calls[:2] == [0.25, 2.0]
    assert 2.0 < sleep.calls[2] <= 4.0  # an HTTP date has whole seconds


def test_x_should_retry_is_obeyed_by_the_client() -> None:
    recorder = Recorder([error(400, {"x-should-retry": "true"}), json_response(MESSAGE)])
    client = sync_client(recorder)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    assert create_message(client).id == "msg_01"

    recorder = Recorder(lambda request: error(500, {"x-should-retry": "false"}))
    client = sync_client(recorder)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    with pytest.raises(anthropic.InternalServerError):
        create_message(client)
    assert len(recorder.requests) == 1


def test_timeouts_are_retried_then_raised_as_api_timeout_error() -> None:
    recorder = Recorder(lambda request: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=request)))
    client = sync_client(recorder, max_retries=1)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    with pytest.raises(anthropic.APITimeoutError) as info:
        create_message(client)
    assert isinstance(info.value, anthropic.APIConnectionError)
    assert len(recorder.requests) == 2


def test_connection_errors_are_retried_then_raised() -> None:
    recorder = Recorder([httpx.ConnectError("refused"), json_response(MESSAGE)])
    client = sync_client(recorder)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    assert create_message(client).id == "msg_01"

    recorder = Recorder(lambda request: (_ for _ in ()).throw(httpx.ConnectError("refused")))
    client = sync_client(recorder, max_retries=0)
    with pytest.raises(anthropic.APIConnectionError) as info:
        create_message(client)
    assert not isinstance(info.value, anthropic.APITimeoutError)


def test_max_retries_per_request_and_with_options() -> None:
    recorder = Recorder(lambda request: error(500))
    client = sync_client(recorder, max_retries=5)
    client._sleep = FakeSleep()  # type: ignore[method-assign]
    quick = client.with_options(max_retries=1)
    quick._sleep = FakeSleep()  # type: ignore[method-assign]
    with pytest.raises(anthropic.InternalServerError):
        create_message(quick)
    assert len(recorder.requests) == 2


def test_retry_count_header_can_be_removed_or_overridden() -> None:
    recorder = Recorder(lambda request: json_response(MESSAGE))
    client = sync_client(recorder)
    create_message(client, extra_headers={"x-stainless-retry-count": anthropic.omit})
    assert "x-stainless-retry-count" not in recorder.last.headers
    create_message(client, extra_headers={"X-Stainless-Retry-Count": "42"})
    assert recorder.last.headers["x-stainless-retry-count"] == "42"


@pytest.mark.anyio
async def test_async_client_retries_with_fake_sleep(no_jitter: None) -> None:
    recorder = Recorder([error(529), httpx.ConnectError("reset"), json_response(MESSAGE)])
    client = async_client(recorder)
    sleep = FakeSleep()
    client._sleep = sleep.async_sleep  # type: ignore[method-assign]
    message = await create_message(client)
    assert message.id == "msg_01"
    assert [r.headers["x-stainless-retry-count"] for r in recorder.requests] == ["0", "1", "2"]
    assert sleep.calls == [0.5, 1.0]


@pytest.mark.anyio
async def test_async_timeout_raises_api_timeout_error() -> None:
    recorder = Recorder(lambda request: (_ for _ in ()).throw(httpx.ConnectTimeout("slow", request=request)))
    client = async_client(recorder, max_retries=0)
    with pytest.raises(anthropic.APITimeoutError):
        await create_message(client)
