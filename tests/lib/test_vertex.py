"""AnthropicVertex / AsyncAnthropicVertex: request building, authorization, configuration.

Google credentials are faked (the client needs only `token`, `valid`, `refresh()`); one
test uses real google-auth credentials when that package is installed.
"""

from __future__ import annotations

import datetime
import json
import sys
from typing import Any

import anthropic
import httpx
import pytest
import respx
from anthropic import AnthropicVertex, AsyncAnthropicVertex
from anthropic.lib.vertex import _auth as vertex_auth

from tests.conftest import require

REGION = "us-east5"
PROJECT = "my-project"
BASE = f"https://{REGION}-aiplatform.googleapis.com/v1"
MODEL = "claude-sonnet-4-5@20250929"
MODELS = f"{BASE}/projects/{PROJECT}/locations/{REGION}/publishers/anthropic/models"
MESSAGES = [{"role": "user", "content": "Hello"}]

MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
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
    b'event: ping\ndata: {"type":"ping"}\n\n'
    b"event: content_block_start\n"
    b'data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n'
    b"event: content_block_delta\n"
    b'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n'
    b'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n'
    b"event: message_delta\n"
    b'data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},'
    b'"usage":{"output_tokens":2}}\n\n'
    b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
)
EXPECTED_TYPES = [
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
]


def sse_response() -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=SSE)


class FakeCredentials:
    """The part of google.auth.credentials.Credentials the client uses."""

    def __init__(self, token: str | None = None, project_id: str | None = None) -> None:
        self.token = token
        self.valid = token is not None
        self.project_id = project_id
        self.refreshes = 0

    def refresh(self, request: Any) -> None:
        self.refreshes += 1
        self.token = f"refreshed-{self.refreshes}"
        self.valid = True

    def expire(self) -> None:
        self.valid = False


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLOUD_ML_REGION", "ANTHROPIC_VERTEX_PROJECT_ID", "ANTHROPIC_VERTEX_BASE_URL", "ANTHROPIC_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_google(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Application Default Credentials and refreshing, without google-auth."""
    state: Any = type("State", (), {})()
    state.credentials = FakeCredentials(project_id=None)
    state.project = "adc-project"
    state.loads = 0

    def load() -> Any:
        state.loads += 1
        return state.credentials, state.project

    monkeypatch.setattr(vertex_auth, "load_default_credentials", load)
    monkeypatch.setattr(vertex_auth, "refresh_credentials", lambda credentials: credentials.refresh(None))
    return state


def make_client(**kwargs: Any) -> AnthropicVertex:
    options: dict[str, Any] = {"region": REGION, "project_id": PROJECT, "access_token": "ya29.token"}
    options.update(kwargs)
    return AnthropicVertex(**options)


def make_async_client(**kwargs: Any) -> AsyncAnthropicVertex:
    options: dict[str, Any] = {"region": REGION, "project_id": PROJECT, "access_token": "ya29.token"}
    options.update(kwargs)
    return AsyncAnthropicVertex(**options)


def base_url_of(client: Any) -> str:
    return str(client.base_url).rstrip("/")


# ---------------------------------------------------------------------------- requests


@respx.mock
def test_create_is_sent_to_raw_predict() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))

    message = make_client().messages.create(model=MODEL, max_tokens=64, messages=MESSAGES, top_k=5)

    assert message.content[0].text == "Hi there"
    request = route.calls.last.request
    assert request.url == f"{MODELS}/{MODEL}:rawPredict"
    assert json.loads(request.content) == {
        "anthropic_version": "vertex-2023-10-16",
        "max_tokens": 64,
        "messages": MESSAGES,
        "top_k": 5,
    }
    assert request.headers["authorization"] == "Bearer ya29.token"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-stainless-async"] == "false"
    assert request.headers["user-agent"].startswith("AnthropicVertex/Python ")
    assert "anthropic-version" not in request.headers
    assert "x-api-key" not in request.headers


@respx.mock
def test_streaming_uses_stream_raw_predict() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:streamRawPredict").mock(return_value=sse_response())

    events = list(make_client().messages.create(model=MODEL, max_tokens=64, messages=MESSAGES, stream=True))

    assert [event.type for event in events] == EXPECTED_TYPES
    assert json.loads(route.calls.last.request.content) == {
        "anthropic_version": "vertex-2023-10-16",
        "max_tokens": 64,
        "messages": MESSAGES,
        "stream": True,
    }


@respx.mock
def test_count_tokens_uses_the_count_tokens_model() -> None:
    route = respx.post(f"{MODELS}/count-tokens:rawPredict").mock(
        return_value=httpx.Response(200, json={"input_tokens": 12})
    )

    count = make_client().messages.count_tokens(model=MODEL, messages=MESSAGES, system="Be brief")

    assert count.input_tokens == 12
    assert json.loads(route.calls.last.request.content) == {
        "anthropic_version": "vertex-2023-10-16",
        "model": MODEL,
        "messages": MESSAGES,
        "system": "Be brief",
    }
    assert route.calls.last.request.headers["authorization"] == "Bearer ya29.token"


@respx.mock
def test_beta_messages_keep_the_beta_header() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))
    count_route = respx.post(f"{MODELS}/count-tokens:rawPredict").mock(
        return_value=httpx.Response(200, json={"input_tokens": 1})
    )
    client = make_client()

    client.beta.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, betas=["context-1m-2025-08-07"])
    client.beta.messages.count_tokens(model=MODEL, messages=MESSAGES, betas=["context-1m-2025-08-07"])

    request = route.calls.last.request
    assert request.url == f"{MODELS}/{MODEL}:rawPredict"
    assert request.headers["anthropic-beta"] == "context-1m-2025-08-07"
    assert "model" not in json.loads(request.content)
    assert count_route.calls.last.request.headers["anthropic-beta"].startswith("context-1m-2025-08-07")


@respx.mock
def test_extra_body_and_query() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))

    make_client().messages.create(
        model=MODEL, max_tokens=8, messages=MESSAGES, extra_body={"custom": True}, extra_query={"alt": "json"}
    )

    request = route.calls.last.request
    assert request.url.params["alt"] == "json"
    assert json.loads(request.content)["custom"] is True


def test_batches_are_refused() -> None:
    with pytest.raises(anthropic.AnthropicError, match="Batches"):
        make_client().messages.batches.list()


@respx.mock
def test_every_attempt_is_authorized() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(
        side_effect=[httpx.Response(503, json={}), httpx.Response(200, json=MESSAGE)]
    )
    client = make_client(max_retries=1)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]

    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    assert [call.request.headers["authorization"] for call in route.calls] == ["Bearer ya29.token"] * 2


@respx.mock
def test_a_given_authorization_header_wins() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))

    make_client().messages.create(
        model=MODEL, max_tokens=8, messages=MESSAGES, extra_headers={"Authorization": "Bearer other"}
    )

    assert route.calls.last.request.headers["authorization"] == "Bearer other"


@respx.mock
def test_raw_response() -> None:
    respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(
        return_value=httpx.Response(200, json=MESSAGE, headers={"request-id": "req_1"})
    )
    raw = make_client().messages.with_raw_response.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert raw.headers["request-id"] == "req_1"
    assert raw.parse().id == "msg_01"


@respx.mock
def test_stream_helper() -> None:
    respx.post(f"{MODELS}/{MODEL}:streamRawPredict").mock(side_effect=lambda request: sse_response())
    client = make_client()

    with client.messages.stream(model=MODEL, max_tokens=8, messages=MESSAGES) as stream:
        assert "".join(stream.text_stream) == "Hi"


# ---------------------------------------------------------------------------- credentials


@respx.mock
def test_given_credentials_are_refreshed_when_expired(fake_google: Any) -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))
    credentials = FakeCredentials(token="still-good")
    client = make_client(access_token=None, credentials=credentials)

    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer still-good"
    assert credentials.refreshes == 0

    credentials.expire()
    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert route.calls.last.request.headers["authorization"] == "Bearer refreshed-1"
    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert credentials.refreshes == 1
    assert fake_google.loads == 0


@respx.mock
def test_application_default_credentials_give_token_and_project(fake_google: Any) -> None:
    route = respx.post(
        f"{BASE}/projects/adc-project/locations/{REGION}/publishers/anthropic/models/{MODEL}:rawPredict"
    ).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = AnthropicVertex(region=REGION)
    assert client.project_id is None

    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    assert client.project_id == "adc-project"
    assert route.calls.last.request.headers["authorization"] == "Bearer refreshed-1"
    assert fake_google.loads == 1
    assert fake_google.credentials.refreshes == 1


def test_no_project_anywhere_is_a_clear_error(fake_google: Any) -> None:
    fake_google.project = None
    client = AnthropicVertex(region=REGION)
    with pytest.raises(anthropic.AnthropicError, match="ANTHROPIC_VERTEX_PROJECT_ID"):
        client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    token_only = AnthropicVertex(region=REGION, access_token="t")
    with pytest.raises(anthropic.AnthropicError, match="project_id"):
        token_only.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "google", None)
    monkeypatch.setitem(sys.modules, "google.auth", None)
    client = AnthropicVertex(region=REGION, project_id=PROJECT)  # constructing it needs nothing
    with pytest.raises(ImportError, match=r"pip install anthropic\[vertex\]"):
        client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)


@respx.mock
def test_real_google_auth_credentials_are_refreshed() -> None:
    oauth2 = require("google.oauth2.credentials", "the vertex extra")
    require("google.auth.transport.requests", "the vertex extra")
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))
    calls = []

    def refresh_handler(request: Any, scopes: Any) -> Any:
        calls.append(scopes)
        return "fresh-token", datetime.datetime.utcnow() + datetime.timedelta(hours=1)

    credentials = oauth2.Credentials(
        token="old-token",
        expiry=datetime.datetime.utcnow() - datetime.timedelta(minutes=5),
        refresh_handler=refresh_handler,
    )
    client = make_client(access_token=None, credentials=credentials)

    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    assert route.calls.last.request.headers["authorization"] == "Bearer fresh-token"
    assert len(calls) == 1


# ---------------------------------------------------------------------------- async


@pytest.mark.anyio
@respx.mock
async def test_async_create_stream_and_count_tokens() -> None:
    route = respx.post(f"{MODELS}/{MODEL}:rawPredict").mock(return_value=httpx.Response(200, json=MESSAGE))
    stream_route = respx.post(f"{MODELS}/{MODEL}:streamRawPredict").mock(return_value=sse_response())
    count_route = respx.post(f"{MODELS}/count-tokens:rawPredict").mock(
        return_value=httpx.Response(200, json={"input_tokens": 4})
    )
    client = make_async_client()

    message = await client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert message.id == "msg_01"
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "anthropic_version": "vertex-2023-10-16",
        "max_tokens": 8,
        "messages": MESSAGES,
    }
    assert request.headers["authorization"] == "Bearer ya29.token"
    assert request.headers["x-stainless-async"].startswith("async:")

    stream = await client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, stream=True)
    assert [event.type async for event in stream] == EXPECTED_TYPES
    assert json.loads(stream_route.calls.last.request.content)["stream"] is True

    count = await client.beta.messages.count_tokens(model=MODEL, messages=MESSAGES)
    assert count.input_tokens == 4
    assert json.loads(count_route.calls.last.request.content)["model"] == MODEL


@pytest.mark.anyio
@respx.mock
async def test_async_application_default_credentials(fake_google: Any) -> None:
    route = respx.post(
        f"{BASE}/projects/adc-project/locations/{REGION}/publishers/anthropic/models/{MODEL}:rawPredict"
    ).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = AsyncAnthropicVertex(region=REGION)

    await client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    fake_google.credentials.expire()
    await client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    assert client.project_id == "adc-project"
    assert [call.request.headers["authorization"] for call in route.calls] == [
        "Bearer refreshed-1",
        "Bearer refreshed-2",
    ]
    assert fake_google.loads == 1


# ---------------------------------------------------------------------------- configuration


def test_region_and_project_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUD_ML_REGION", "europe-west1")
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "env-project")
    client = AnthropicVertex(access_token="t")
    assert (client.region, client.project_id) == ("europe-west1", "env-project")
    assert base_url_of(client) == "https://europe-west1-aiplatform.googleapis.com/v1"
    explicit = AnthropicVertex(region="asia-east1", project_id="p", access_token="t")
    assert (explicit.region, explicit.project_id) == ("asia-east1", "p")


def test_region_is_required() -> None:
    with pytest.raises(ValueError, match="CLOUD_ML_REGION"):
        AnthropicVertex(project_id=PROJECT, access_token="t")


@respx.mock
def test_global_region_uses_the_global_endpoint() -> None:
    url = f"https://aiplatform.googleapis.com/v1/projects/{PROJECT}/locations/global/publishers/anthropic/models/{MODEL}:rawPredict"
    route = respx.post(url).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = make_client(region="global")
    assert base_url_of(client) == "https://aiplatform.googleapis.com/v1"
    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert route.called


def test_base_url_from_argument_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_VERTEX_BASE_URL", "https://vertex.proxy.example/v1")
    assert base_url_of(make_client()) == "https://vertex.proxy.example/v1"
    assert base_url_of(make_client(base_url="https://other.example/v1")) == "https://other.example/v1"


def test_copy_and_with_options() -> None:
    client = make_client(default_headers={"X-A": "1"}, max_retries=4)

    copied = client.with_options(region="europe-west4", timeout=20.0)
    assert (copied.region, copied.project_id, copied.access_token) == ("europe-west4", PROJECT, "ya29.token")
    assert base_url_of(copied) == "https://europe-west4-aiplatform.googleapis.com/v1"
    assert copied.max_retries == 4 and copied.timeout == 20.0
    assert copied.default_headers["X-A"] == "1"
    assert copied._client is client._client

    credentials = FakeCredentials(token="c")
    switched = client.copy(credentials=credentials, project_id="other")
    assert (switched.access_token, switched.credentials, switched.project_id) == (None, credentials, "other")

    pinned = make_client(base_url="https://proxy.example/v1")
    assert base_url_of(pinned.copy(region="europe-west4")) == "https://proxy.example/v1"


def test_repr_hides_the_token() -> None:
    text = repr(make_client(access_token="ya29.secret-token"))
    assert "secret-token" not in text
    assert PROJECT in text and REGION in text


def test_top_level_exports() -> None:
    assert anthropic.AnthropicVertex is AnthropicVertex
    assert anthropic.AsyncAnthropicVertex is AsyncAnthropicVertex
