"""Fixtures of the reliability tests: fault servers, and clients of every kind.

Each test is written once, as a coroutine taking a client, and runs three ways (`mode`):
the sync client (its calls adapted to `await` / `async for` / `async with` by `AwaitableSync`,
so that the very same steps run on it), the async client on httpx, and the async client on
aiohttp.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pydantic
import pytest

from tests.conftest import require
from tests.reliability.fault_server import FaultServer

API_KEY = "sk-ant-fault-test-SECRET-0123456789"
MODES = ["sync", "async-httpx", "async-aiohttp"]
# Short limits: every fault here is over in a fraction of a second.
TIMEOUT = 2.0


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running
    assert not running.errors, running.errors


@pytest.fixture
def other_server() -> Iterator[FaultServer]:
    """A second server: another origin (another port)."""
    with FaultServer() as running:
        yield running
    assert not running.errors, running.errors


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    if request.param == "async-aiohttp":
        require("httpx_aiohttp", "the aiohttp backend")
    return str(request.param)


# ------------------------------------------------------------------------ clients


def make_client(mode: str, base_url: str, **kwargs: Any) -> Any:
    """A client of `mode` (its calls awaitable whatever the mode)."""
    import anthropic

    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", TIMEOUT)
    if mode == "sync":
        return AwaitableSync(anthropic.Anthropic(base_url=base_url, **kwargs))
    if mode == "async-aiohttp":
        # (verify=False: the fault server speaks plain HTTP; building a TLS context per client is slow.)
        kwargs.setdefault("http_client", anthropic.DefaultAioHttpClient(timeout=kwargs["timeout"], verify=False))
    return anthropic.AsyncAnthropic(base_url=base_url, **kwargs)


def run(mode: str, steps: Callable[[], Awaitable[Any]]) -> Any:
    """Run `steps` (a coroutine function) on a fresh event loop."""
    return asyncio.run(_bounded(steps()))


async def _bounded(awaitable: Awaitable[Any]) -> Any:
    # A safety net only: no test comes near it.
    return await asyncio.wait_for(awaitable, timeout=20)


async def close(client: Any) -> None:
    result = client.close()
    if hasattr(result, "__await__"):
        await result


_PLAIN = (str, bytes, int, float, bool, list, dict, tuple, type(None), pydantic.BaseModel, httpx.Response)


def _adapt(value: Any) -> Any:
    return value if isinstance(value, _PLAIN) else AwaitableSync(value)


class AwaitableSync:
    """A sync SDK object whose calls can be awaited, iterated with `async for` and entered
    with `async with`: the call runs synchronously (blocking the loop, which is fine in a test
    where nothing else runs), and its result is adapted the same way."""

    def __init__(self, target: Any) -> None:
        self._target = target

    @property
    def unwrapped(self) -> Any:
        return self._target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value) and not isinstance(value, type):
            return _Call(value)
        return _adapt(value)

    def __aiter__(self) -> AwaitableSync:
        self._iterator = iter(self._target)
        return self

    async def __anext__(self) -> Any:
        try:
            return _adapt(next(self._iterator))
        except StopIteration:
            raise StopAsyncIteration from None

    async def __aenter__(self) -> Any:
        return _adapt(self._target.__enter__())

    async def __aexit__(self, *exc: Any) -> None:
        self._target.__exit__(*exc)


class _Call:
    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function

    def __call__(self, *args: Any, **kwargs: Any) -> _Result:
        return _Result(lambda: self._function(*args, **kwargs))


class _Result:
    """The result of a sync call, computed when it is awaited or entered."""

    def __init__(self, compute: Callable[[], Any]) -> None:
        self._compute = compute

    def __await__(self) -> Any:
        return self._resolve().__await__()

    async def _resolve(self) -> Any:
        return _adapt(self._compute())

    async def __aenter__(self) -> Any:
        self._manager = self._compute()
        return _adapt(self._manager.__enter__())

    async def __aexit__(self, *exc: Any) -> None:
        self._manager.__exit__(*exc)

    def __aiter__(self) -> AwaitableSync:
        return AwaitableSync(self._compute()).__aiter__()
