"""`messages.count_tokens(output_format=...)` is resolved by the client: the format (or a
model's JSON schema) is sent as `output_config.format`, never as `output_format`."""

from __future__ import annotations

import json

import httpx
import pydantic
import pytest
from anthropic import Anthropic, AnthropicError, AsyncAnthropic


class Weather(pydantic.BaseModel):
    city: str
    celsius: float


def recorder(sent: list[dict[str, object]]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"input_tokens": 42})

    return httpx.MockTransport(handle)


def count(client: Anthropic, **extra: object) -> int:
    result = client.messages.count_tokens(
        model="claude-sonnet-4-5", messages=[{"role": "user", "content": "Weather in Paris?"}], **extra
    )
    return result.input_tokens


def test_a_model_class_becomes_the_json_schema_format() -> None:
    sent: list[dict[str, object]] = []
    client = Anthropic(api_key="k", http_client=httpx.Client(transport=recorder(sent)))
    assert count(client, output_format=Weather) == 42
    body = sent[0]
    assert "output_format" not in body
    fmt = body["output_config"]["format"]  # type: ignore[index]
    assert fmt["type"] == "json_schema"
    assert set(fmt["schema"]["properties"]) == {"city", "celsius"}
    assert fmt["schema"]["additionalProperties"] is False


def test_a_format_dict_is_sent_as_given_next_to_other_output_config() -> None:
    sent: list[dict[str, object]] = []
    client = Anthropic(api_key="k", http_client=httpx.Client(transport=recorder(sent)))
    fmt = {"type": "json_schema", "schema": {"type": "object"}}
    count(client, output_format=fmt, output_config={"effort": "low"})
    assert sent[0]["output_config"] == {"effort": "low", "format": fmt}


def test_no_output_format_leaves_the_body_alone() -> None:
    sent: list[dict[str, object]] = []
    client = Anthropic(api_key="k", http_client=httpx.Client(transport=recorder(sent)))
    count(client)
    count(client, output_format=None)
    assert all("output_format" not in body and "output_config" not in body for body in sent)


def test_both_spellings_at_once_are_refused_before_any_request() -> None:
    sent: list[dict[str, object]] = []
    client = Anthropic(api_key="k", http_client=httpx.Client(transport=recorder(sent)))
    with pytest.raises(AnthropicError, match="output_format"):
        count(client, output_format=Weather, output_config={"format": {"type": "json_schema", "schema": {}}})
    assert sent == []


@pytest.mark.anyio
async def test_async_count_tokens_moves_the_format_too() -> None:
    sent: list[dict[str, object]] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"input_tokens": 7})

    client = AsyncAnthropic(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)))
    result = await client.messages.count_tokens(
        model="claude-sonnet-4-5", messages=[{"role": "user", "content": "hi"}], output_format=Weather
    )
    assert result.input_tokens == 7
    assert sent[0]["output_config"]["format"]["type"] == "json_schema"  # type: ignore[index]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
