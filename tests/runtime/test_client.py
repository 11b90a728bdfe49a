"""Client configuration: credentials, headers, URLs, copies, raw responses, guards."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import anthropic
import httpx
import pytest
import respx
from anthropic import _logs

from tests.conftest import require

from .conftest import (
    API_KEY,
    MESSAGE,
    ChunkedStream,
    Recorder,
    async_client,
    create_message,
    json_response,
    sync_client,
)

BASE = "https://api.anthropic.com"


def ok_message(request: httpx.Request) -> httpx.Response:
    return json_response(MESSAGE, headers={"request-id": "req_42"})


def lazy_message(request: httpx.Request) -> httpx.Response:
    body = json.dumps(MESSAGE).encode()
    return httpx.Response(200, headers={"content-type": "application/json"}, stream=ChunkedStream(body, 16))


# ---------------------------------------------------------------- credentials


def test_api_key_is_sent_as_x_api_key() -> None:
    recorder = Recorder(ok_message)
    create_message(sync_client(recorder))
    assert recorder.last.headers["x-api-key"] == API_KEY
    assert "authorization" not in recorder.last.headers


def test_auth_token_is_sent_as_bearer_authorization() -> None:
    recorder = Recorder(ok_message)
    create_message(sync_client(recorder, api_key=None, auth_token="tok-1"))
    assert recorder.last.headers["authorization"] == "Bearer tok-1"
    assert "x-api-key" not in recorder.last.headers


def test_credentials_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "env-token")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "https://proxy.example/anthropic")
    recorder = Recorder(ok_message)
    client = anthropic.Anthropic(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    assert client.api_key == "env-key" and client.auth_token == "env-token"
    create_message(client)
    assert str(recorder.last.url) == "https://proxy.example/anthropic/v1/messages"
    assert recorder.last.headers["x-api-key"] == "env-key"
    assert recorder.last.headers["authorization"] == "Bearer env-token"


def test_missing_credentials_fail_at_request_time_with_a_clear_message() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder, api_key=None)  # constructing is fine
    with pytest.raises(TypeError) as info:
        create_message(client)
    message = str(info.value)
    for name in ("api_key", "auth_token", "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"):
        assert name in message
    assert recorder.requests == []


def test_omitting_the_credential_header_allows_unauthenticated_requests() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder, api_key=None, default_headers={"X-Api-Key": anthropic.omit})
    create_message(client)
    assert "x-api-key" not in recorder.last.headers
    client = sync_client(recorder, api_key=None)
    create_message(client, extra_headers={"authorization": anthropic.omit})


# ---------------------------------------------------------------- headers


def test_default_headers() -> None:
    recorder = Recorder(ok_message)
    create_message(sync_client(recorder))
    headers = recorder.last.headers
    assert headers["anthropic-version"] == "2023-06-01"
    assert headers["accept"] == "application/json"
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"] == f"Anthropic/Python {anthropic.__version__}"
    assert headers["x-stainless-lang"] == "python"
    assert headers["x-stainless-package-version"] == anthropic.__version__
    assert headers["x-stainless-async"] == "false"
    assert headers["x-stainless-runtime"] and headers["x-stainless-runtime-version"]
    assert headers["x-stainless-os"] and headers["x-stainless-arch"]
    assert headers["x-stainless-retry-count"] == "0"
    assert headers["x-stainless-timeout"] == "600"
    # internal markers never reach the wire
    assert not any(name.startswith("x-stainless-raw") for name in headers)


def test_every_header_can_be_overridden_or_removed_case_insensitively() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder, default_headers={"anthropic-version": "2099-01-01", "X-Team": "a"})
    create_message(
        client,
        extra_headers={
            "x-stainless-os": anthropic.omit,
            "User-Agent": anthropic.omit,
            "X-STAINLESS-LANG": "cobol",
            "x-team": "b",
        },
    )
    headers = recorder.last.headers
    assert headers["anthropic-version"] == "2099-01-01"
    assert "x-stainless-os" not in headers and "user-agent" not in headers
    assert headers.get_list("x-stainless-lang") == ["cobol"]
    assert headers.get_list("x-team") == ["b"]


def test_default_header_removed_at_the_client_level() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(
        recorder, default_headers={"X-Stainless-Timeout": anthropic.omit, "anthropic-version": anthropic.omit}
    )
    create_message(client)
    assert "anthropic-version" not in recorder.last.headers


def test_beta_header_joins_given_values_with_the_methods_own() -> None:
    recorder = Recorder(lambda request: json_response({"data": [], "has_more": False}))
    client = sync_client(recorder)
    client.beta.files.list(betas=["one-beta", "two-beta"])
    assert recorder.last.headers["anthropic-beta"] == "one-beta,two-beta,files-api-2025-04-14"
    client.beta.files.list()
    assert recorder.last.headers["anthropic-beta"] == "files-api-2025-04-14"


@pytest.mark.anyio
async def test_async_client_names_its_event_loop() -> None:
    recorder = Recorder(ok_message)
    await create_message(async_client(recorder))
    assert recorder.last.headers["x-stainless-async"] == "async:asyncio"


# ---------------------------------------------------------------- URLs and query


def test_query_parameters_merge_default_query_and_drop_omitted_values() -> None:
    recorder = Recorder(lambda request: json_response({"data": [], "has_more": False}))
    client = sync_client(recorder, default_query={"tenant": "t1"})
    client.models.list(limit=5)
    assert dict(recorder.last.url.params) == {"tenant": "t1", "limit": "5"}
    client.models.list(limit=5, extra_query={"tenant": "t2", "flag": True})
    assert dict(recorder.last.url.params) == {"tenant": "t2", "limit": "5", "flag": "true"}


def test_base_url_path_is_kept_and_paths_with_a_query_are_joined() -> None:
    recorder = Recorder(lambda request: json_response({"data": [], "has_more": False}))
    client = sync_client(recorder, base_url="http://localhost:8080/prefix")
    client.beta.files.list(limit=1)
    assert recorder.last.url.path == "/prefix/v1/files"
    assert dict(recorder.last.url.params) == {"beta": "true", "limit": "1"}


def test_path_parameters_are_encoded_so_they_cannot_escape_their_segment() -> None:
    recorder = Recorder(lambda request: json_response({"id": "x", "type": "model"}))
    client = sync_client(recorder)
    client.models.retrieve("../files")
    assert recorder.last.url.raw_path == b"/v1/models/..%2Ffiles"
    client.models.retrieve("..")
    assert recorder.last.url.raw_path == b"/v1/models/%2E%2E"
    client.models.retrieve("a b?c#d")
    assert recorder.last.url.raw_path == b"/v1/models/a%20b%3Fc%23d"


def test_empty_path_parameters_are_rejected_before_any_request() -> None:
    recorder = Recorder(lambda request: json_response({}))
    client = sync_client(recorder)
    with pytest.raises(ValueError, match="model_id"):
        client.models.retrieve("")
    with pytest.raises(ValueError, match="message_batch_id"):
        client.messages.batches.retrieve("")
    assert recorder.requests == []


# ---------------------------------------------------------------- copies


def test_with_options_and_copy() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder, default_headers={"X-A": "1"}, default_query={"q": "1"})
    other = client.with_options(api_key="other-key", timeout=12.5, max_retries=7, default_headers={"X-B": "2"})
    assert other is not client and type(other) is anthropic.Anthropic
    assert other.api_key == "other-key" and client.api_key == API_KEY
    assert other.timeout == 12.5 and other.max_retries == 7
    assert other._client is client._client  # the connection pool is shared
    create_message(other)
    assert recorder.last.headers["x-a"] == "1" and recorder.last.headers["x-b"] == "2"
    assert recorder.last.headers["x-stainless-timeout"] == "12.5"
    assert recorder.last.extensions["timeout"]["read"] == 12.5

    replaced = client.copy(set_default_headers={"X-C": "3"}, set_default_query={})
    create_message(replaced)
    assert "x-a" not in recorder.last.headers and recorder.last.headers["x-c"] == "3"

    with pytest.raises(ValueError):
        client.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError):
        client.copy(default_query={}, set_default_query={})


def test_client_is_a_context_manager() -> None:
    with sync_client(Recorder(ok_message)) as client:
        assert not client.is_closed()
    assert client.is_closed()


def test_timeout_per_request() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder)
    create_message(client, timeout=httpx.Timeout(30, connect=2))
    assert recorder.last.extensions["timeout"] == {"connect": 2, "read": 30, "write": 30, "pool": 30}
    assert recorder.last.headers["x-stainless-timeout"] == "30"


# ---------------------------------------------------------------- secrets


def test_repr_hides_credentials() -> None:
    client = sync_client(Recorder(ok_message), auth_token="secret-token")
    text = repr(client)
    assert API_KEY not in text and "secret-token" not in text
    assert "api_key" in text


def test_debug_logs_redact_credentials(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("ANTHROPIC_LOG", "debug")
    monkeypatch.setattr(_logs, "_configured", False)
    try:
        recorder = Recorder(ok_message)
        client = sync_client(recorder, auth_token="secret-token")
        with caplog.at_level(logging.DEBUG, logger="anthropic"):
            create_message(client)
        assert "/v1/messages" in caplog.text
        assert API_KEY not in caplog.text and "secret-token" not in caplog.text
        assert _logs.REDACTED in caplog.text
    finally:
        _logs.logger.setLevel(logging.NOTSET)
        logging.getLogger("httpx").setLevel(logging.NOTSET)


def test_request_options_repr_hides_credentials() -> None:
    from anthropic._request import FinalRequestOptions

    options = FinalRequestOptions.build("post", "/v1/x", headers={"X-Api-Key": "k-secret", "X-Other": "v"})
    assert "k-secret" not in repr(options) and "'v'" in repr(options)


# ---------------------------------------------------------------- raw and streamed responses


def test_with_raw_response_returns_the_response_with_parse() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder)
    raw = client.messages.with_raw_response.create(
        max_tokens=16, messages=[{"role": "user", "content": "Hi"}], model="claude-sonnet-4-5"
    )
    assert raw.status_code == 200 and raw.headers["request-id"] == "req_42" and raw.request_id == "req_42"
    assert raw.http_request.method == "POST" and raw.method == "POST" and raw.url.path == "/v1/messages"
    assert raw.http_response.json() == MESSAGE
    message = raw.parse()
    assert message.id == "msg_01" and message._request_id == "req_42"
    assert raw.parse() is message  # cached
    assert "x-stainless-raw-response" not in recorder.last.headers


def test_with_streaming_response_reads_the_body_lazily() -> None:
    client = sync_client(Recorder(lazy_message))
    with client.messages.with_streaming_response.create(
        max_tokens=16, messages=[{"role": "user", "content": "Hi"}], model="claude-sonnet-4-5"
    ) as response:
        assert not response.is_closed
        assert response.http_response.is_stream_consumed is False
        lines = list(response.iter_lines())
        assert lines
    assert response.is_closed

    with client.messages.with_streaming_response.create(
        max_tokens=16, messages=[{"role": "user", "content": "Hi"}], model="claude-sonnet-4-5"
    ) as response:
        assert response.parse().id == "msg_01"
        assert response.json() == MESSAGE


@pytest.mark.anyio
async def test_async_raw_and_streamed_responses() -> None:
    client = async_client(Recorder(lazy_message))
    raw = await client.messages.with_raw_response.create(
        max_tokens=16, messages=[{"role": "user", "content": "Hi"}], model="claude-sonnet-4-5"
    )
    assert raw.parse().id == "msg_01"
    async with client.messages.with_streaming_response.create(
        max_tokens=16, messages=[{"role": "user", "content": "Hi"}], model="claude-sonnet-4-5"
    ) as response:
        assert (await response.parse()).id == "msg_01"
        assert await response.text()
    assert response.is_closed


PAYLOAD = bytes(range(256)) * 4


def download(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PAYLOAD, headers={"content-type": "application/octet-stream"})


def test_binary_download_write_to_file(tmp_path: Path) -> None:
    recorder = Recorder(download)
    client = sync_client(recorder)
    response = client.beta.files.download("file_1")
    assert isinstance(response, anthropic._response.BinaryAPIResponse)
    assert response.read() == PAYLOAD
    target = tmp_path / "out.bin"
    response.write_to_file(target)
    assert target.read_bytes() == PAYLOAD
    assert recorder.last.url.path == "/v1/files/file_1/content"

    with client.beta.files.with_streaming_response.download("file_1") as streamed:
        streamed.stream_to_file(tmp_path / "streamed.bin", chunk_size=100)
    assert (tmp_path / "streamed.bin").read_bytes() == PAYLOAD


@pytest.mark.anyio
async def test_async_binary_download(tmp_path: Path) -> None:
    client = async_client(Recorder(download))
    response = await client.beta.files.download("file_1")
    await response.write_to_file(tmp_path / "a.bin")
    assert (tmp_path / "a.bin").read_bytes() == PAYLOAD
    async with client.beta.files.with_streaming_response.download("file_1") as streamed:
        await streamed.stream_to_file(tmp_path / "b.bin")
    assert (tmp_path / "b.bin").read_bytes() == PAYLOAD


# ---------------------------------------------------------------- long non-streaming requests


def test_nonstreaming_guard_refuses_long_requests() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder)
    with pytest.raises(ValueError) as info:
        create_message(client, max_tokens=64_000)  # 30 minutes at the assumed rate
    assert "Streaming is required" in str(info.value) and "timeout" in str(info.value)
    # a model whose non-streaming output is capped
    with pytest.raises(ValueError):
        create_message(client, max_tokens=10_000, model="claude-opus-4-20250514")
    assert recorder.requests == []


def test_nonstreaming_guard_lets_explicit_choices_through() -> None:
    recorder = Recorder(ok_message)
    client = sync_client(recorder)
    create_message(client, max_tokens=64_000, timeout=3600)
    assert recorder.last.extensions["timeout"]["read"] == 3600
    create_message(client.with_options(timeout=900), max_tokens=64_000)
    create_message(client, max_tokens=20_000)  # about 9 minutes: fine
    assert recorder.last.extensions["timeout"]["read"] == 600
    from anthropic.lib._helpers.request_hooks import require_streaming_for_long_requests

    chosen = require_streaming_for_long_requests(
        client, anthropic.NOT_GIVEN, model="claude-sonnet-4-5", max_tokens=1000, stream=anthropic.omit
    )
    assert chosen == 600


# ---------------------------------------------------------------- the real transport (respx)


@respx.mock(base_url=BASE)
def test_default_http_client_sends_through_httpx(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/v1/messages").mock(return_value=httpx.Response(200, json=MESSAGE))
    client = anthropic.Anthropic(api_key=API_KEY)
    assert isinstance(client._client, anthropic.DefaultHttpxClient)
    assert create_message(client).content[0].text == "Hello!"
    assert route.called and route.calls.last.request.headers["x-api-key"] == API_KEY
    client.close()


@pytest.mark.anyio
async def test_default_async_http_client_sends_through_httpx() -> None:
    with respx.mock(base_url=BASE) as respx_mock:
        respx_mock.get("/v1/models/m1").mock(return_value=httpx.Response(200, json={"id": "m1", "type": "model"}))
        async with anthropic.AsyncAnthropic(api_key=API_KEY) as client:
            assert isinstance(client._client, anthropic.DefaultAsyncHttpxClient)
            model = await client.models.retrieve("m1")
    assert model.id == "m1"


def test_default_http_clients_carry_the_sdk_defaults() -> None:
    sync_http = anthropic.DefaultHttpxClient()
    assert sync_http.timeout == anthropic.DEFAULT_TIMEOUT and sync_http.follow_redirects
    sync_http.close()
    custom = anthropic.DefaultHttpxClient(timeout=3.0, follow_redirects=False)
    assert custom.timeout == httpx.Timeout(3.0) and not custom.follow_redirects
    custom.close()


def test_aiohttp_client_names_the_extra_when_missing() -> None:
    # A fresh interpreter where `httpx_aiohttp` cannot be imported (None in sys.modules).
    out = run_python(
        "import sys; sys.modules['httpx_aiohttp'] = None\n"
        "import anthropic\n"
        "try:\n"
        "    anthropic.DefaultAioHttpClient()\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    assert "anthropic[aiohttp]" in out


@pytest.mark.anyio
async def test_aiohttp_client_sends_requests_through_aiohttp() -> None:
    require("httpx_aiohttp", "the aiohttp extra")
    http_client = anthropic.DefaultAioHttpClient()
    assert isinstance(http_client, httpx.AsyncClient)
    assert "aiohttp" in type(http_client._transport).__module__.lower()
    await http_client.aclose()


def test_http_client_must_match_the_client_kind() -> None:
    with pytest.raises(TypeError):
        anthropic.Anthropic(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


# ---------------------------------------------------------------- import cost


def run_python(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_importing_the_package_loads_neither_httpx_nor_pydantic() -> None:
    out = run_python(
        "import sys, anthropic; anthropic.NOT_GIVEN; anthropic.omit\n"
        "print(sorted(m for m in ('httpx', 'pydantic') if m in sys.modules))"
    )
    assert out.strip() == "[]"


def test_importing_the_client_loads_no_resource_or_type_module() -> None:
    out = run_python(
        "import sys, anthropic\n"
        "client = anthropic.Anthropic(api_key='k')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('anthropic.resources', 'anthropic.types'))))\n"
        "client.models\n"
        "print('anthropic.resources.models' in sys.modules)"
    )
    first, second = out.strip().splitlines()
    assert first == "[]" and second == "True"
