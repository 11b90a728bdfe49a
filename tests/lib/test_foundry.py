"""AnthropicFoundry / AsyncAnthropicFoundry: endpoint, Azure authentication, supported resources."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import httpx
import pytest
import respx
from anthropic import AnthropicFoundry, AsyncAnthropicFoundry
from anthropic.lib import foundry
from anthropic.lib.foundry import MutuallyExclusiveAuthError

RESOURCE = "my-resource"
BASE = f"https://{RESOURCE}.services.ai.azure.com/anthropic"
MODEL = "claude-sonnet-4-5"
MESSAGES = [{"role": "user", "content": "Hello"}]
MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [{"type": "text", "text": "Hi there"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 2},
}
SSE = (
    b"event: message_start\n"
    b'data: {"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant",'
    b'"model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,'
    b'"usage":{"input_tokens":3,"output_tokens":1}}}\n\n'
    b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "ANTHROPIC_FOUNDRY_API_KEY",
        "ANTHROPIC_FOUNDRY_RESOURCE",
        "ANTHROPIC_FOUNDRY_BASE_URL",
        "ANTHROPIC_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    # The first-party environment must not leak into a Foundry client.
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-first-party")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "https://api.anthropic.example")


def base_url_of(client: Any) -> str:
    return str(client.base_url).rstrip("/")


# ---------------------------------------------------------------------------- requests


@respx.mock
def test_create_with_api_key() -> None:
    route = respx.post(f"{BASE}/v1/messages").mock(return_value=httpx.Response(200, json=MESSAGE))
    client = AnthropicFoundry(resource=RESOURCE, api_key="azure-key")

    message = client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)

    assert message.content[0].text == "Hi there"
    request = route.calls.last.request
    assert request.url == f"{BASE}/v1/messages"
    assert json.loads(request.content) == {"model": MODEL, "max_tokens": 16, "messages": MESSAGES}
    assert request.headers["api-key"] == "azure-key"
    assert request.headers["anthropic-version"] == "2023-06-01"
    assert "x-api-key" not in request.headers
    assert "authorization" not in request.headers


@respx.mock
def test_streaming_and_count_tokens() -> None:
    stream_route = respx.post(f"{BASE}/v1/messages").mock(
        return_value=httpx.Response(200, headers={"content-type": "text/event-stream"}, content=SSE)
    )
    count_route = respx.post(f"{BASE}/v1/messages/count_tokens").mock(
        return_value=httpx.Response(200, json={"input_tokens": 9})
    )
    client = AnthropicFoundry(resource=RESOURCE, api_key="azure-key")

    events = list(client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES, stream=True))
    assert [event.type for event in events] == ["message_start", "message_stop"]
    assert json.loads(stream_route.calls.last.request.content)["stream"] is True

    assert client.messages.count_tokens(model=MODEL, messages=MESSAGES).input_tokens == 9
    assert count_route.calls.last.request.headers["api-key"] == "azure-key"


@respx.mock
def test_token_provider_is_asked_for_every_request() -> None:
    route = respx.post(f"{BASE}/v1/messages").mock(return_value=httpx.Response(200, json=MESSAGE))
    tokens = iter(["entra-1", "entra-2"])
    client = AnthropicFoundry(resource=RESOURCE, azure_ad_token_provider=lambda: next(tokens))

    client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    client.beta.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES, betas=["some-beta"])

    first, second = (call.request for call in route.calls)
    assert first.headers["authorization"] == "Bearer entra-1"
    assert second.headers["authorization"] == "Bearer entra-2"
    assert second.url == f"{BASE}/v1/messages?beta=true"
    assert second.headers["anthropic-beta"] == "some-beta"
    assert "api-key" not in first.headers


def test_token_provider_must_give_a_string() -> None:
    client = AnthropicFoundry(resource=RESOURCE, azure_ad_token_provider=lambda: None)  # type: ignore[arg-type, return-value]
    with pytest.raises(anthropic.AnthropicError, match="non-empty string"):
        client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)


# ---------------------------------------------------------------------------- configuration


def test_api_key_and_token_provider_are_mutually_exclusive() -> None:
    with pytest.raises(MutuallyExclusiveAuthError):
        AnthropicFoundry(resource=RESOURCE, api_key="k", azure_ad_token_provider=lambda: "t")
    with pytest.raises(MutuallyExclusiveAuthError):
        AsyncAnthropicFoundry(resource=RESOURCE, api_key="k", azure_ad_token_provider=lambda: "t")
    assert issubclass(MutuallyExclusiveAuthError, anthropic.AnthropicError)


def test_credentials_are_required() -> None:
    with pytest.raises(anthropic.AnthropicError, match="ANTHROPIC_FOUNDRY_API_KEY"):
        AnthropicFoundry(resource=RESOURCE)


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "env-resource")
    client = AnthropicFoundry()
    assert client.api_key == "env-key"
    assert base_url_of(client) == "https://env-resource.services.ai.azure.com/anthropic"

    monkeypatch.setenv("ANTHROPIC_FOUNDRY_BASE_URL", "https://gateway.example/anthropic")
    assert base_url_of(AnthropicFoundry()) == "https://gateway.example/anthropic"
    assert base_url_of(AnthropicFoundry(resource="arg")) == "https://arg.services.ai.azure.com/anthropic"
    # a token provider is used instead of the key from the environment
    assert AnthropicFoundry(azure_ad_token_provider=lambda: "t").api_key is None


def test_endpoint_is_required_and_unambiguous() -> None:
    with pytest.raises(ValueError, match="ANTHROPIC_FOUNDRY_RESOURCE"):
        AnthropicFoundry(api_key="k")
    with pytest.raises(ValueError, match="not both"):
        AnthropicFoundry(api_key="k", resource=RESOURCE, base_url="https://x.example")
    assert base_url_of(AnthropicFoundry(api_key="k", base_url="https://x.example/anthropic/")) == (
        "https://x.example/anthropic"
    )


def test_unsupported_resources_raise() -> None:
    client = AnthropicFoundry(resource=RESOURCE, api_key="k")
    assert isinstance(client.messages, foundry.MessagesFoundry)
    assert isinstance(client.beta, foundry.BetaFoundry)
    assert isinstance(client.beta.messages, foundry.BetaFoundryMessages)
    for get in (
        lambda: client.models,
        lambda: client.completions,
        lambda: client.messages.batches,
        lambda: client.beta.messages.batches,
        lambda: client.beta.models,
        lambda: client.beta.files,
        lambda: client.beta.skills,
    ):
        with pytest.raises(NotImplementedError, match="Foundry"):
            get()


@respx.mock
def test_copy_keeps_or_replaces_credentials() -> None:
    route = respx.post(f"{BASE}/v1/messages").mock(return_value=httpx.Response(200, json=MESSAGE))
    client = AnthropicFoundry(resource=RESOURCE, api_key="azure-key", max_retries=5)

    same = client.with_options(timeout=3.0)
    assert (same.api_key, same.max_retries, same.timeout) == ("azure-key", 5, 3.0)
    assert base_url_of(same) == BASE
    assert same._client is client._client

    bearer = client.copy(auth_token="static-token")
    bearer.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer static-token"
    assert "api-key" not in route.calls.last.request.headers

    provided = bearer.copy(azure_ad_token_provider=lambda: "entra")
    provided.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer entra"

    back = provided.copy(api_key="new-key")
    back.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert route.calls.last.request.headers["api-key"] == "new-key"
    assert "authorization" not in route.calls.last.request.headers

    with pytest.raises(MutuallyExclusiveAuthError):
        client.copy(api_key="a", auth_token="b")


def test_repr_hides_secrets() -> None:
    text = repr(AnthropicFoundry(resource=RESOURCE, api_key="azure-secret-key"))
    assert "azure-secret-key" not in text and RESOURCE in text


def test_api_key_header_is_redacted_in_logs() -> None:
    from anthropic._logs import redact_headers

    assert redact_headers({"api-key": "secret", "Accept": "x"}) == {"api-key": "<redacted>", "Accept": "x"}


def test_module_exposes_the_names_it_is_built_from() -> None:
    for name in (
        "Anthropic",
        "AsyncAnthropic",
        "AnthropicError",
        "BaseClient",
        "BaseFoundryClient",
        "Beta",
        "AsyncBeta",
        "BetaMessages",
        "AsyncBetaMessages",
        "Messages",
        "AsyncMessages",
        "Stream",
        "AsyncStream",
        "FinalRequestOptions",
        "DEFAULT_MAX_RETRIES",
        "NOT_GIVEN",
        "NotGiven",
        "Omit",
        "Timeout",
        "is_given",
        "model_copy",
    ):
        assert hasattr(foundry, name), name
    assert issubclass(AnthropicFoundry, anthropic.Anthropic)
    assert issubclass(AnthropicFoundry, foundry.BaseFoundryClient)
    assert anthropic.AnthropicFoundry is AnthropicFoundry
    assert anthropic.AsyncAnthropicFoundry is AsyncAnthropicFoundry


# ---------------------------------------------------------------------------- async


@pytest.mark.anyio
@respx.mock
async def test_async_with_api_key_and_streaming() -> None:
    route = respx.post(f"{BASE}/v1/messages").mock(
        side_effect=[
            httpx.Response(200, json=MESSAGE),
            httpx.Response(200, headers={"content-type": "text/event-stream"}, content=SSE),
        ]
    )
    client = AsyncAnthropicFoundry(resource=RESOURCE, api_key="azure-key")

    message = await client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert message.id == "msg_01"
    stream = await client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES, stream=True)
    assert [event.type async for event in stream] == ["message_start", "message_stop"]
    for call in route.calls:
        assert call.request.headers["api-key"] == "azure-key"
        assert call.request.headers["x-stainless-async"].startswith("async:")


@pytest.mark.anyio
@respx.mock
async def test_async_token_providers() -> None:
    route = respx.post(f"{BASE}/v1/messages").mock(return_value=httpx.Response(200, json=MESSAGE))

    async def async_provider() -> str:
        return "async-entra"

    client = AsyncAnthropicFoundry(resource=RESOURCE, azure_ad_token_provider=async_provider)
    await client.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer async-entra"

    sync_client = client.copy(azure_ad_token_provider=lambda: "sync-entra")
    await sync_client.beta.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer sync-entra"

    static = client.copy(auth_token="static")
    await static.messages.create(model=MODEL, max_tokens=16, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer static"


@pytest.mark.anyio
async def test_async_unsupported_resources_raise() -> None:
    client = AsyncAnthropicFoundry(resource=RESOURCE, api_key="k")
    assert isinstance(client.messages, foundry.AsyncMessagesFoundry)
    assert isinstance(client.beta.messages, foundry.AsyncBetaFoundryMessages)
    with pytest.raises(NotImplementedError):
        client.models  # noqa: B018
    with pytest.raises(NotImplementedError):
        client.beta.messages.batches  # noqa: B018
