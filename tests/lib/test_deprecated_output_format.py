"""The beta Messages API's `output_format` (deprecated): moved into `output_config.format` with a
DeprecationWarning pointing at the caller, refused when given twice, a type refused by `create()`."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pydantic
import pytest
from anthropic import Anthropic, AnthropicError, AsyncAnthropic

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "m",
    "content": [{"type": "text", "text": '{"a": 1}'}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}
FORMAT = {"type": "json_schema", "schema": {"type": "object", "properties": {"a": {"type": "integer"}}}}
PARAMS: dict[str, Any] = {"max_tokens": 5, "messages": [{"role": "user", "content": "hi"}], "model": "m"}


class Answer(pydantic.BaseModel):
    a: int


def handler(sent: list[dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        if request.url.path.endswith("/count_tokens"):
            return httpx.Response(200, json={"input_tokens": 3})
        return httpx.Response(200, json=MESSAGE)

    return handle


@pytest.fixture
def sent() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def client(sent: list[dict[str, Any]]) -> Anthropic:
    return Anthropic(
        api_key="k",
        base_url="http://127.0.0.1:9",
        http_client=httpx.Client(transport=httpx.MockTransport(handler(sent))),
    )


def stream(client: Anthropic, **kwargs: Any) -> None:
    with client.beta.messages.stream(**PARAMS, **kwargs) as events:
        events.until_done()


CALLS: dict[str, Callable[..., Any]] = {
    "create": lambda c, **kw: c.beta.messages.create(**PARAMS, **kw),
    "count_tokens": lambda c, **kw: c.beta.messages.count_tokens(messages=PARAMS["messages"], model="m", **kw),
    "parse": lambda c, **kw: c.beta.messages.parse(**PARAMS, **kw),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_the_format_moves_into_output_config_with_a_warning_at_the_call(
    name: str, client: Anthropic, sent: list[dict[str, Any]]
) -> None:
    with pytest.warns(DeprecationWarning, match="output_config.format") as caught:
        CALLS[name](client, output_format=FORMAT)
    assert caught[0].filename == __file__  # the warning points at the caller's line
    (body,) = sent
    assert "output_format" not in body
    assert body["output_config"] == {"format": FORMAT}


def test_the_stream_helper_moves_it_too(client: Anthropic, sent: list[dict[str, Any]]) -> None:
    sent_events: list[Any] = []
    transport = httpx.MockTransport(
        lambda request: (
            sent_events.append(json.loads(request.content)),
            httpx.Response(200, text="", headers={"content-type": "text/event-stream"}),
        )[1]
    )
    streaming = Anthropic(api_key="k", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=transport))
    with (
        pytest.warns(DeprecationWarning, match="output_config.format") as caught,
        streaming.beta.messages.stream(**PARAMS, output_format=Answer),
    ):
        pass
    assert caught[0].filename == __file__
    assert "output_format" not in sent_events[0] and sent_events[0]["output_config"]["format"]["type"] == "json_schema"


@pytest.mark.parametrize("name", sorted(CALLS))
def test_both_spellings_are_refused_before_any_request(
    name: str, client: Anthropic, sent: list[dict[str, Any]]
) -> None:
    with pytest.raises(AnthropicError, match="output_config.format"):
        CALLS[name](client, output_format=FORMAT, output_config={"format": FORMAT})
    assert sent == []


def test_create_refuses_a_type_and_points_to_parse(client: Anthropic, sent: list[dict[str, Any]]) -> None:
    with pytest.raises(TypeError, match=r"parse\(") as info:
        client.beta.messages.create(**PARAMS, output_format=Answer)
    assert "Answer" in str(info.value)
    assert sent == []


def test_count_tokens_takes_a_type_as_its_schema(client: Anthropic, sent: list[dict[str, Any]]) -> None:
    with pytest.warns(DeprecationWarning):
        client.beta.messages.count_tokens(messages=PARAMS["messages"], model="m", output_format=Answer)
    assert sent[0]["output_config"]["format"]["schema"]["properties"]["a"]["type"] == "integer"


def test_output_config_alone_does_not_warn(client: Anthropic, sent: list[dict[str, Any]]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.beta.messages.create(**PARAMS, output_config={"format": FORMAT})
        client.beta.messages.parse(**PARAMS, output_config={"format": FORMAT})
        client.messages.parse(**PARAMS, output_format=Answer)  # the non-beta API: not deprecated
    assert all("output_format" not in body for body in sent)


@pytest.mark.anyio
async def test_async_create_warns_and_moves_the_format(sent: list[dict[str, Any]]) -> None:
    async def handle(request: httpx.Request) -> httpx.Response:
        return handler(sent)(request)

    client = AsyncAnthropic(
        api_key="k", base_url="http://127.0.0.1:9", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle))
    )
    with pytest.warns(DeprecationWarning) as caught:
        await client.beta.messages.create(**PARAMS, output_format=FORMAT)
    assert caught[0].filename == __file__
    assert sent[0]["output_config"] == {"format": FORMAT}
