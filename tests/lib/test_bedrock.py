"""AnthropicBedrock / AsyncAnthropicBedrock: request building, signing, event-stream decoding.

Most tests replace the SigV4 signer with a recording fake, so they run without boto3 or
botocore; the signature tests use the real botocore signer when it is installed and check
the signature the mock server received with an independent SigV4 implementation (itself
checked against AWS's documented test vector).
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import random
import struct
import sys
import uuid
import zlib
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, unquote

import anthropic
import httpx
import pytest
import respx
from anthropic import AnthropicBedrock, AsyncAnthropicBedrock
from anthropic.lib.bedrock import _auth as bedrock_auth
from anthropic.lib.bedrock._stream_decoder import AWSEventStreamDecoder, EventStreamError, EventStreamParser

from tests.conftest import require

REGION = "us-west-2"
BASE = f"https://bedrock-runtime.{REGION}.amazonaws.com"
MODEL = "anthropic.claude-sonnet-4-5-20250929-v1:0"
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
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
STREAM_EVENTS: list[dict[str, Any]] = [
    {"type": "message_start", "message": {**MESSAGE, "content": [], "stop_reason": None}},
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    {"type": "ping"},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": " there"}},
    {"type": "content_block_stop", "index": 0},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 2},
    },
    {"type": "message_stop"},
]
EXPECTED_TYPES = [
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
]


# ---------------------------------------------------------------------------- event-stream frames, built by hand


def _header(name: str, kind: int, value: bytes) -> bytes:
    raw = name.encode()
    return bytes([len(raw)]) + raw + bytes([kind]) + value


def string_header(name: str, value: str) -> bytes:
    raw = value.encode()
    return _header(name, 7, struct.pack(">H", len(raw)) + raw)


def frame(headers: bytes, payload: bytes) -> bytes:
    total = 12 + len(headers) + len(payload) + 4
    prelude = struct.pack(">II", total, len(headers))
    message = prelude + struct.pack(">I", zlib.crc32(prelude)) + headers + payload
    return message + struct.pack(">I", zlib.crc32(message))


def chunk(event: dict[str, Any]) -> bytes:
    encoded = base64.b64encode(json.dumps(event).encode()).decode()
    headers = (
        string_header(":event-type", "chunk")
        + string_header(":content-type", "application/json")
        + string_header(":message-type", "event")
    )
    return frame(headers, json.dumps({"bytes": encoded, "p": "abcdefgh"}).encode())


def exception_frame(kind: str, message: str) -> bytes:
    headers = (
        string_header(":exception-type", kind)
        + string_header(":content-type", "application/json")
        + string_header(":message-type", "exception")
    )
    return frame(headers, json.dumps({"message": message}).encode())


def event_stream(events: list[dict[str, Any]]) -> bytes:
    return b"".join(chunk(event) for event in events)


def stream_response(body: bytes, size: int = 7) -> httpx.Response:
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    return httpx.Response(
        200,
        headers={"content-type": "application/vnd.amazon.eventstream"},
        stream=_Chunks(chunks),
    )


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Any:
        yield from self._chunks

    async def __aiter__(self) -> Any:
        for piece in self._chunks:
            yield piece


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in (
        "AWS_REGION",
        "AWS_DEFAULT_REGION",
        "AWS_PROFILE",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "ANTHROPIC_BEDROCK_BASE_URL",
        "ANTHROPIC_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    # boto3, when installed, must not find the developer's own configuration.
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture
def signed(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace SigV4 signing by a fake that records what it signed and when."""
    records: list[dict[str, Any]] = []

    def fake_sign(request: httpx.Request, credentials: Any, region: str) -> None:
        records.append({"headers": dict(request.headers), "url": str(request.url), "region": region})
        request.headers["Authorization"] = f"FAKE-SIGV4 key={credentials.access_key} region={region}"
        request.headers["X-Amz-Date"] = "20250101T000000Z"

    def fake_credentials(self: Any) -> Any:
        return SimpleNamespace(access_key=self._access_key, secret_key=self._secret_key, token=self._session_token)

    monkeypatch.setattr(bedrock_auth, "sign_request", fake_sign)
    monkeypatch.setattr(bedrock_auth.AWSSigner, "credentials", fake_credentials)
    return records


def make_client(**kwargs: Any) -> AnthropicBedrock:
    options: dict[str, Any] = {"aws_region": REGION, "aws_access_key": ACCESS_KEY, "aws_secret_key": SECRET_KEY}
    options.update(kwargs)
    return AnthropicBedrock(**options)


def make_async_client(**kwargs: Any) -> AsyncAnthropicBedrock:
    options: dict[str, Any] = {"aws_region": REGION, "aws_access_key": ACCESS_KEY, "aws_secret_key": SECRET_KEY}
    options.update(kwargs)
    return AsyncAnthropicBedrock(**options)


def base_url_of(client: Any) -> str:
    return str(client.base_url).rstrip("/")


def invoke_url(model: str = MODEL, stream: bool = False) -> str:
    action = "invoke-with-response-stream" if stream else "invoke"
    return f"{BASE}/model/{model}/{action}"


# ---------------------------------------------------------------------------- requests


@respx.mock
def test_create_is_sent_to_invoke_in_bedrock_shape(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = make_client()

    message = client.messages.create(model=MODEL, max_tokens=64, messages=MESSAGES, temperature=0.5)

    assert message.content[0].text == "Hi there"
    request = route.calls.last.request
    assert request.url == invoke_url()
    assert json.loads(request.content) == {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 64,
        "messages": MESSAGES,
        "temperature": 0.5,
    }
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"FAKE-SIGV4 key={ACCESS_KEY} region={REGION}"
    assert request.headers["x-amz-date"] == "20250101T000000Z"
    assert request.headers["x-stainless-async"] == "false"
    assert request.headers["user-agent"].startswith("AnthropicBedrock/Python ")
    assert "anthropic-version" not in request.headers
    assert "x-api-key" not in request.headers
    assert len(signed) == 1 and signed[0]["region"] == REGION


@respx.mock
def test_streaming_create_uses_the_stream_endpoint_and_decodes_the_event_stream(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url(stream=True)).mock(return_value=stream_response(event_stream(STREAM_EVENTS)))
    client = make_client()

    stream = client.messages.create(model=MODEL, max_tokens=64, messages=MESSAGES, stream=True)
    events = list(stream)

    assert [event.type for event in events] == EXPECTED_TYPES
    assert events[2].delta.text == "Hi"  # type: ignore[union-attr]
    assert isinstance(events[0], anthropic.types.RawMessageStartEvent)
    body = json.loads(route.calls.last.request.content)
    assert body == {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 64, "messages": MESSAGES}
    assert route.calls.last.request.headers["authorization"].startswith("FAKE-SIGV4")


@respx.mock
def test_model_arn_is_one_path_segment(signed: list[dict[str, Any]]) -> None:
    arn = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-v1:0"
    encoded = quote(arn, safe=":")
    route = respx.post(f"{BASE}/model/{encoded}/invoke").mock(return_value=httpx.Response(200, json=MESSAGE))

    make_client().messages.create(model=arn, max_tokens=8, messages=MESSAGES)

    raw_path = route.calls.last.request.url.raw_path
    assert raw_path == f"/model/{encoded}/invoke".encode()
    assert b"%2F" in raw_path


@respx.mock
def test_beta_messages_move_betas_into_the_body(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))

    make_client().beta.messages.create(
        model=MODEL,
        max_tokens=8,
        messages=MESSAGES,
        betas=["context-1m-2025-08-07", "token-efficient-tools-2025-02-19"],
    )

    request = route.calls.last.request
    assert request.url == invoke_url()  # no `?beta=true`
    assert json.loads(request.content) == {
        "anthropic_version": "bedrock-2023-05-31",
        "anthropic_beta": ["context-1m-2025-08-07", "token-efficient-tools-2025-02-19"],
        "max_tokens": 8,
        "messages": MESSAGES,
    }


@respx.mock
def test_extra_body_is_merged_before_the_rewrite(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))

    make_client().messages.create(
        model=MODEL,
        max_tokens=8,
        messages=MESSAGES,
        extra_body={"anthropic_version": "bedrock-2099-01-01", "custom": 1},
        extra_headers={"X-Trace": "abc"},
        extra_query={"q": "1"},
    )

    request = route.calls.last.request
    assert request.url.params["q"] == "1"
    assert request.headers["x-trace"] == "abc"
    assert json.loads(request.content) == {
        "anthropic_version": "bedrock-2099-01-01",
        "custom": 1,
        "max_tokens": 8,
        "messages": MESSAGES,
    }


@respx.mock
def test_legacy_completions_use_invoke(signed: list[dict[str, Any]]) -> None:
    model = "anthropic.claude-v2:1"
    completion = {"id": "c", "type": "completion", "completion": " Hi", "model": model, "stop_reason": "stop_sequence"}
    route = respx.post(invoke_url(model)).mock(return_value=httpx.Response(200, json=completion))

    result = make_client().completions.create(model=model, max_tokens_to_sample=8, prompt="\n\nHuman: Hi\n\nAssistant:")

    assert result.completion == " Hi"
    body = json.loads(route.calls.last.request.content)
    assert "model" not in body and body["anthropic_version"] == "bedrock-2023-05-31"


def test_count_tokens_and_batches_are_refused(signed: list[dict[str, Any]]) -> None:
    client = make_client()
    with pytest.raises(anthropic.AnthropicError, match="count_tokens"):
        client.messages.count_tokens(model=MODEL, messages=MESSAGES)
    with pytest.raises(anthropic.AnthropicError, match="Batches"):
        client.messages.batches.list()
    with pytest.raises(anthropic.AnthropicError, match="count_tokens"):
        client.beta.messages.count_tokens(model=MODEL, messages=MESSAGES)
    assert signed == []


@respx.mock
def test_each_attempt_is_signed_after_its_retry_headers(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(
        side_effect=[httpx.Response(500, json={"message": "boom"}), httpx.Response(200, json=MESSAGE)]
    )
    client = make_client(max_retries=1)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]

    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    assert route.call_count == 2
    assert [record["headers"]["x-stainless-retry-count"] for record in signed] == ["0", "1"]
    sent = [call.request.headers["x-stainless-retry-count"] for call in route.calls]
    assert sent == ["0", "1"]


@respx.mock
def test_error_status_raises_the_usual_errors(signed: list[dict[str, Any]]) -> None:
    respx.post(invoke_url()).mock(
        return_value=httpx.Response(
            403, json={"message": "not authorized"}, headers={"x-amzn-errortype": "AccessDeniedException"}
        )
    )
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        make_client(max_retries=0).messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert caught.value.status_code == 403


@respx.mock
def test_raw_and_streamed_responses(signed: list[dict[str, Any]]) -> None:
    respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE, headers={"x-amzn-requestid": "r1"}))
    respx.post(invoke_url(stream=True)).mock(return_value=stream_response(event_stream(STREAM_EVENTS)))
    client = make_client()

    raw = client.messages.with_raw_response.create(model=MODEL, max_tokens=8, messages=MESSAGES)
    assert raw.headers["x-amzn-requestid"] == "r1"
    assert raw.parse().content[0].text == "Hi there"

    with client.messages.with_streaming_response.create(
        model=MODEL, max_tokens=8, messages=MESSAGES, stream=True
    ) as response:
        events = list(response.parse())
    assert [event.type for event in events] == EXPECTED_TYPES


@respx.mock
def test_exception_in_the_stream_raises_its_status_error(signed: list[dict[str, Any]]) -> None:
    body = event_stream(STREAM_EVENTS[:2]) + exception_frame("throttlingException", "Too many tokens")
    respx.post(invoke_url(stream=True)).mock(return_value=stream_response(body))

    stream = make_client().messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, stream=True)
    seen = []
    with pytest.raises(anthropic.RateLimitError, match="Too many tokens") as caught:
        for event in stream:
            seen.append(event.type)
    assert seen == ["message_start", "content_block_start"]
    assert caught.value.status_code == 429


@respx.mock
def test_anthropic_error_event_in_the_stream(signed: list[dict[str, Any]]) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    respx.post(invoke_url(stream=True)).mock(return_value=stream_response(event_stream([STREAM_EVENTS[0], error])))

    stream = make_client().messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, stream=True)
    with pytest.raises(anthropic.APIStatusError, match="Overloaded"):
        list(stream)


@respx.mock
def test_a_given_authorization_header_is_sent_unsigned(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = make_client(default_headers={"Authorization": "Bearer bedrock-api-key"})

    client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    assert signed == []
    assert route.calls.last.request.headers["authorization"] == "Bearer bedrock-api-key"


@respx.mock
def test_stream_helper_reads_the_event_stream(signed: list[dict[str, Any]]) -> None:
    respx.post(invoke_url(stream=True)).mock(side_effect=lambda request: stream_response(event_stream(STREAM_EVENTS)))
    client = make_client()

    with client.messages.stream(model=MODEL, max_tokens=8, messages=MESSAGES) as stream:
        assert "".join(stream.text_stream) == "Hi there"
        assert stream.get_final_message().content[0].text == "Hi there"
    with client.beta.messages.stream(model=MODEL, max_tokens=8, messages=MESSAGES) as beta_stream:
        assert beta_stream.get_final_text() == "Hi there"


# ---------------------------------------------------------------------------- async


@pytest.mark.anyio
@respx.mock
async def test_async_create_and_stream(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))
    stream_route = respx.post(invoke_url(stream=True)).mock(
        return_value=stream_response(event_stream(STREAM_EVENTS), size=5)
    )
    client = make_async_client()

    message = await client.messages.create(model=MODEL, max_tokens=64, messages=MESSAGES)
    assert message.content[0].text == "Hi there"
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 64,
        "messages": MESSAGES,
    }
    assert request.headers["authorization"] == f"FAKE-SIGV4 key={ACCESS_KEY} region={REGION}"
    assert request.headers["x-stainless-async"].startswith("async:")

    stream = await client.messages.create(model=MODEL, max_tokens=64, messages=MESSAGES, stream=True)
    events = [event async for event in stream]
    assert [event.type for event in events] == EXPECTED_TYPES
    assert "stream" not in json.loads(stream_route.calls.last.request.content)
    assert len(signed) == 2


@pytest.mark.anyio
@respx.mock
async def test_async_beta_and_refusals(signed: list[dict[str, Any]]) -> None:
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = make_async_client()

    await client.beta.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, betas=["a", "b"])
    assert json.loads(route.calls.last.request.content)["anthropic_beta"] == ["a", "b"]
    with pytest.raises(anthropic.AnthropicError, match="count_tokens"):
        await client.messages.count_tokens(model=MODEL, messages=MESSAGES)


@pytest.mark.anyio
@respx.mock
async def test_async_exception_in_the_stream(signed: list[dict[str, Any]]) -> None:
    body = event_stream(STREAM_EVENTS[:1]) + exception_frame("modelStreamErrorException", "model failed")
    respx.post(invoke_url(stream=True)).mock(return_value=stream_response(body))

    stream = await make_async_client().messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, stream=True)
    with pytest.raises(anthropic.APIStatusError, match="model failed") as caught:
        async for _ in stream:
            pass
    assert caught.value.status_code == 424


@pytest.mark.anyio
@respx.mock
async def test_async_stream_helper(signed: list[dict[str, Any]]) -> None:
    respx.post(invoke_url(stream=True)).mock(side_effect=lambda request: stream_response(event_stream(STREAM_EVENTS)))
    client = make_async_client()

    async with client.messages.stream(model=MODEL, max_tokens=8, messages=MESSAGES) as stream:
        assert [text async for text in stream.text_stream] == ["Hi", " there"]
        message = await stream.get_final_message()
    assert message.content[0].text == "Hi there"


# ---------------------------------------------------------------------------- configuration


def test_region_from_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    assert make_client(aws_region="ap-south-1").aws_region == "ap-south-1"
    client = make_client(aws_region=None)
    assert client.aws_region == "eu-west-1"
    assert base_url_of(client) == "https://bedrock-runtime.eu-west-1.amazonaws.com"


def test_region_falls_back_to_us_east_1_without_boto3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)  # import boto3 -> ImportError
    client = AnthropicBedrock(aws_access_key=ACCESS_KEY, aws_secret_key=SECRET_KEY)
    assert client.aws_region == "us-east-1"
    assert base_url_of(client) == "https://bedrock-runtime.us-east-1.amazonaws.com"


def test_region_from_boto3_profile(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    require("boto3", "the bedrock extra")
    config = tmp_path / "aws-config"
    config.write_text("[default]\nregion = ca-central-1\n\n[profile work]\nregion = eu-central-1\n")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    assert AnthropicBedrock(aws_access_key=ACCESS_KEY, aws_secret_key=SECRET_KEY).aws_region == "ca-central-1"
    assert AnthropicBedrock(aws_profile="work").aws_region == "eu-central-1"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", "https://bedrock.internal.example/")
    assert base_url_of(make_client()) == "https://bedrock.internal.example"
    assert base_url_of(make_client(base_url="https://other.example")) == "https://other.example"


def test_keys_must_come_in_pairs() -> None:
    with pytest.raises(ValueError, match="together"):
        AnthropicBedrock(aws_region=REGION, aws_access_key=ACCESS_KEY)


def test_positional_arguments_follow_the_documented_order() -> None:
    client = AnthropicBedrock(SECRET_KEY, ACCESS_KEY, "eu-north-1")
    assert (client.aws_secret_key, client.aws_access_key, client.aws_region) == (SECRET_KEY, ACCESS_KEY, "eu-north-1")


def test_copy_and_with_options() -> None:
    client = make_client(aws_session_token="token-1", default_headers={"X-A": "1"}, max_retries=3)

    copied = client.with_options(aws_region="eu-west-3", timeout=12.0, default_headers={"X-B": "2"})
    assert copied.aws_region == "eu-west-3"
    assert base_url_of(copied) == "https://bedrock-runtime.eu-west-3.amazonaws.com"
    assert (copied.aws_access_key, copied.aws_secret_key, copied.aws_session_token) == (
        ACCESS_KEY,
        SECRET_KEY,
        "token-1",
    )
    assert copied.timeout == 12.0 and copied.max_retries == 3
    assert copied.default_headers["X-A"] == "1" and copied.default_headers["X-B"] == "2"
    assert copied._client is client._client

    rekeyed = client.copy(aws_access_key="AKID2", aws_secret_key="secret2")
    assert (rekeyed.aws_access_key, rekeyed.aws_session_token) == ("AKID2", None)

    pinned = make_client(base_url="https://proxy.example/bedrock")
    assert base_url_of(pinned.copy(aws_region="eu-west-3")) == "https://proxy.example/bedrock"


def test_repr_hides_secrets() -> None:
    client = make_client(aws_session_token="session-secret")
    text = repr(client)
    assert SECRET_KEY not in text and ACCESS_KEY not in text and "session-secret" not in text
    assert REGION in text


@respx.mock
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "botocore", None)
    monkeypatch.setitem(sys.modules, "boto3", None)
    respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))
    client = make_client()  # constructing the client needs neither
    with pytest.raises(ImportError, match=r"pip install anthropic\[bedrock\]"):
        client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)


def test_top_level_exports() -> None:
    assert anthropic.AnthropicBedrock is AnthropicBedrock
    assert anthropic.AsyncAnthropicBedrock is AsyncAnthropicBedrock


# ---------------------------------------------------------------------------- SigV4 with botocore


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def verify_sigv4(request: httpx.Request, secret_key: str, service: str) -> dict[str, str]:
    """Check the request's SigV4 `Authorization` header the way AWS does; return its parts."""
    algorithm, _, rest = request.headers["authorization"].partition(" ")
    assert algorithm == "AWS4-HMAC-SHA256"
    parts = dict(item.strip().split("=", 1) for item in rest.split(","))
    access_key, date, region, service_name, terminator = parts["Credential"].split("/")
    assert service_name == service and terminator == "aws4_request"
    signed_headers = parts["SignedHeaders"].split(";")
    assert signed_headers == sorted(signed_headers) and "host" in signed_headers
    amz_date = request.headers["x-amz-date"]
    assert amz_date.startswith(date)
    # Canonical URI: each path segment URI-encoded again (services other than S3).
    path = "/".join(quote(segment, safe="-_.~") for segment in request.url.raw_path.decode().split("?")[0].split("/"))
    pairs = [pair.partition("=") for pair in request.url.query.decode().split("&") if pair]
    encoded = sorted((quote(unquote(k), safe="-_.~"), quote(unquote(v), safe="-_.~")) for k, _, v in pairs)
    query = "&".join(f"{k}={v}" for k, v in encoded)
    canonical_headers = "".join(f"{name}:{' '.join(request.headers[name].split())}\n" for name in signed_headers)
    canonical_request = "\n".join(
        [
            request.method,
            path,
            query,
            canonical_headers,
            parts["SignedHeaders"],
            hashlib.sha256(request.content).hexdigest(),
        ]
    )
    scope = f"{date}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()]
    )
    key = _hmac(_hmac(_hmac(_hmac(("AWS4" + secret_key).encode(), date), region), service), "aws4_request")
    expected = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    assert parts["Signature"] == expected, canonical_request
    return {"access_key": access_key, "date": date, "region": region, "signed_headers": parts["SignedHeaders"]}


def test_verifier_matches_the_aws_test_vector() -> None:
    # "get-vanilla" from AWS's Signature Version 4 test suite.
    request = httpx.Request(
        "GET",
        "https://example.amazonaws.com/",
        headers={
            "Host": "example.amazonaws.com",
            "X-Amz-Date": "20150830T123600Z",
            "Authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            "SignedHeaders=host;x-amz-date, "
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
        },
    )
    assert verify_sigv4(request, SECRET_KEY, "service")["region"] == "us-east-1"


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    botocore_auth = require("botocore.auth", "the bedrock extra")
    monkeypatch.setattr(
        botocore_auth, "get_current_datetime", lambda *args, **kwargs: datetime.datetime(2025, 3, 4, 5, 6, 7)
    )


@respx.mock
def test_botocore_signature_is_valid(fixed_clock: None) -> None:
    arn = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-v1:0"
    route = respx.post(f"{BASE}/model/{quote(arn, safe=':')}/invoke").mock(
        return_value=httpx.Response(200, json=MESSAGE)
    )
    client = make_client(aws_session_token="session-token-value")

    client.messages.create(model=arn, max_tokens=8, messages=MESSAGES, extra_query={"a b": "c/d"})

    request = route.calls.last.request
    assert request.url.query == b"a%20b=c%2Fd"  # spaces as SigV4 wants them
    parts = verify_sigv4(request, SECRET_KEY, "bedrock")
    assert parts["access_key"] == ACCESS_KEY and parts["region"] == REGION and parts["date"] == "20250304"
    assert request.headers["x-amz-date"] == "20250304T050607Z"
    assert request.headers["x-amz-security-token"] == "session-token-value"
    signed_headers = parts["signed_headers"].split(";")
    assert {"host", "x-amz-date", "x-amz-security-token", "content-type", "x-stainless-retry-count"} <= set(
        signed_headers
    )
    assert "user-agent" not in signed_headers and "connection" not in signed_headers


@pytest.mark.anyio
@respx.mock
async def test_async_botocore_signature_is_valid_on_every_attempt(fixed_clock: None) -> None:
    route = respx.post(invoke_url(stream=True)).mock(
        side_effect=[httpx.Response(529, json={"message": "busy"}), stream_response(event_stream(STREAM_EVENTS))]
    )
    client = make_async_client(max_retries=1)

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep  # type: ignore[method-assign]
    stream = await client.messages.create(model=MODEL, max_tokens=8, messages=MESSAGES, stream=True)
    assert [event.type async for event in stream] == EXPECTED_TYPES

    assert route.call_count == 2
    for call in route.calls:
        verify_sigv4(call.request, SECRET_KEY, "bedrock")
    assert route.calls[1].request.headers["x-stainless-retry-count"] == "1"


def test_credentials_from_the_boto3_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    require("boto3", "the bedrock extra")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-from-env")
    client = AnthropicBedrock(aws_region=REGION)
    credentials = client._signer.credentials()
    assert (credentials.access_key, credentials.secret_key) == ("AKIDFROMENV", "secret-from-env")


@pytest.mark.anyio
@respx.mock
async def test_async_signing_with_credentials_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, fixed_clock: None
) -> None:
    require("boto3", "the bedrock extra")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-from-env")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-session")
    route = respx.post(invoke_url()).mock(return_value=httpx.Response(200, json=MESSAGE))

    await AsyncAnthropicBedrock(aws_region=REGION).messages.create(model=MODEL, max_tokens=8, messages=MESSAGES)

    request = route.calls.last.request
    assert verify_sigv4(request, "secret-from-env", "bedrock")["access_key"] == "AKIDFROMENV"
    assert request.headers["x-amz-security-token"] == "env-session"


def test_no_credentials_anywhere_is_a_clear_error() -> None:
    require("boto3", "the bedrock extra")
    client = AnthropicBedrock(aws_region=REGION)
    with pytest.raises(RuntimeError, match="No AWS credentials"):
        client._signer.credentials()


# ---------------------------------------------------------------------------- the event-stream decoder


def all_header_types_frame() -> bytes:
    headers = (
        _header("t", 0, b"")
        + _header("f", 1, b"")
        + _header("b", 2, struct.pack(">b", -3))
        + _header("s", 3, struct.pack(">h", 300))
        + _header("i", 4, struct.pack(">i", -70000))
        + _header("l", 5, struct.pack(">q", 2**40))
        + _header("raw", 6, struct.pack(">H", 3) + b"\x00\x01\x02")
        + string_header("str", "héllo")
        + _header("ts", 8, struct.pack(">q", 1700000000000))
        + _header("id", 9, uuid.UUID(int=42).bytes)
    )
    return frame(headers, b"payload")


def test_parser_reads_every_header_type() -> None:
    (message,) = EventStreamParser().feed(all_header_types_frame())
    assert message.headers == {
        "t": True,
        "f": False,
        "b": -3,
        "s": 300,
        "i": -70000,
        "l": 2**40,
        "raw": b"\x00\x01\x02",
        "str": "héllo",
        "ts": 1700000000000,
        "id": uuid.UUID(int=42),
    }
    assert message.payload == b"payload"


def test_parser_agrees_with_botocore() -> None:
    eventstream = require("botocore.eventstream", "the bedrock extra")
    data = all_header_types_frame() + event_stream(STREAM_EVENTS)
    buffer = eventstream.EventStreamBuffer()
    buffer.add_data(data)
    theirs = [(dict(m.headers), m.payload) for m in buffer]
    ours = [(m.headers, m.payload) for m in EventStreamParser().feed(data)]
    # botocore gives timestamps as datetimes and UUIDs as bytes
    theirs[0][0]["ts"] = ours[0][0]["ts"]
    theirs[0][0]["id"] = uuid.UUID(bytes=theirs[0][0]["id"])
    assert ours == theirs


@pytest.mark.parametrize("seed", range(5))
def test_decoder_handles_any_split(seed: int) -> None:
    data = event_stream(STREAM_EVENTS)
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(data)), 40))
    bounds = [0, *cuts, len(data)]
    pieces = [data[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]

    decoder = AWSEventStreamDecoder()
    events = [event for piece in pieces for event in decoder.feed_raw(piece)] + decoder.flush_raw()

    assert [event[0] for event in events] == [event["type"] for event in STREAM_EVENTS]
    assert [json.loads(event[1]) for event in events] == STREAM_EVENTS


def test_decoder_byte_by_byte() -> None:
    data = event_stream(STREAM_EVENTS[:3])
    decoder = AWSEventStreamDecoder()
    events = [event for i in range(len(data)) for event in decoder.feed(data[i : i + 1])]
    assert [event.event for event in events] == ["message_start", "content_block_start", "ping"]
    assert events[0].json()["message"]["id"] == "msg_01"


def test_decoder_turns_failures_into_error_events() -> None:
    error_headers = (
        string_header(":message-type", "error")
        + string_header(":error-code", "InternalFailure")
        + string_header(":error-message", "it broke")
    )
    other = string_header(":message-type", "event") + string_header(":event-type", "metadata")
    data = exception_frame("validationException", "bad input") + frame(error_headers, b"") + frame(other, b"{}")

    events = AWSEventStreamDecoder().feed_raw(data)

    assert [event[0] for event in events] == ["error", "error"]
    assert json.loads(events[0][1]) == {
        "type": "error",
        "error": {"type": "validationException", "message": "bad input"},
    }
    assert json.loads(events[1][1])["error"] == {"type": "InternalFailure", "message": "it broke"}


def test_decoder_rejects_corruption() -> None:
    data = bytearray(chunk(STREAM_EVENTS[0]))
    data[20] ^= 0xFF
    with pytest.raises(EventStreamError, match="checksum"):
        AWSEventStreamDecoder().feed_raw(bytes(data))

    prelude = bytearray(chunk(STREAM_EVENTS[0]))
    prelude[3] ^= 0x01
    with pytest.raises(EventStreamError, match="prelude"):
        AWSEventStreamDecoder().feed_raw(bytes(prelude))

    decoder = AWSEventStreamDecoder()
    assert decoder.feed_raw(chunk(STREAM_EVENTS[0])[:-3]) == []
    with pytest.raises(EventStreamError, match="ended inside a message"):
        decoder.flush_raw()
