"""Helpers for the runtime tests: clients wired to an in-process transport, no network."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

import anthropic
import httpx
import pytest

API_KEY = "sk-ant-test-0123456789"

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_LOG"):
        monkeypatch.delenv(name, raising=False)


class Recorder:
    """A MockTransport handler: answers from `responses` (a function, or a list used in
    order) and keeps every request it saw, with its body read."""

    def __init__(self, responses: Handler | Sequence[httpx.Response | Exception]) -> None:
        self._responses = responses
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if callable(self._responses):
            return self._responses(request)
        answer = self._responses[len(self.requests) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class ChunkedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in fixed-size chunks, read only when asked, like a network's."""

    def __init__(self, body: bytes, size: int) -> None:
        self._chunks = [body[i : i + size] for i in range(0, len(body), size)]

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def sync_client(recorder: Recorder, **kwargs: Any) -> anthropic.Anthropic:
    kwargs.setdefault("api_key", API_KEY)
    transport = httpx.MockTransport(recorder)
    return anthropic.Anthropic(http_client=httpx.Client(transport=transport), **kwargs)


def async_client(recorder: Recorder, **kwargs: Any) -> anthropic.AsyncAnthropic:
    kwargs.setdefault("api_key", API_KEY)
    transport = httpx.MockTransport(recorder)
    return anthropic.AsyncAnthropic(http_client=httpx.AsyncClient(transport=transport), **kwargs)


def json_response(body: Any, status: int = 200, headers: Any = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Hello!", "citations": None}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 5},
}


def create_message(client: Any, **kwargs: Any) -> Any:
    """`client.messages.create` with small required arguments."""
    kwargs.setdefault("max_tokens", 16)
    kwargs.setdefault("messages", [{"role": "user", "content": "Hi"}])
    kwargs.setdefault("model", "claude-sonnet-4-5")
    return client.messages.create(**kwargs)
