"""Functional test: generate the golden SDK (runtime included) into a temporary directory,
import it, and call every kind of method against `httpx.MockTransport`."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Inputs, generate

from ..generator.helpers import TEMPLATES
from .golden import FIXTURE, OVERLAYS, SPEC

PACKAGE = "goldensdk"

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "golden-1",
    "content": [{"type": "text", "text": "Hello!"}, {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}}],
    "stop_reason": "end_turn",
    "usage": {"input_tokens": 3, "output_tokens": 5},
}
MODEL = {"id": "golden-1", "type": "model", "display_name": "Golden 1", "created_at": "2025-01-02T03:04:05Z"}
FILE = {
    "id": "file_1",
    "type": "file",
    "filename": "notes.txt",
    "size_bytes": 5,
    "created_at": "2025-01-02T03:04:05Z",
    "downloadable": True,
}


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("functional") / "goldensdk-dist"
    generate(Inputs(spec=SPEC, overlays=OVERLAYS, templates=TEMPLATES, root=FIXTURE), out)
    src = str(out / "src")
    sys.path.insert(0, src)
    try:
        import goldensdk

        yield goldensdk
    finally:
        sys.path.remove(src)
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


class Recorder:
    """A MockTransport handler answering from a table and recording every request."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.respond = respond
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.respond(request)


def client(sdk: ModuleType, respond: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, Recorder]:
    recorder = Recorder(respond)
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    return sdk.Golden(api_key="test-key", http_client=http_client, max_retries=0), recorder


def test_json_post(sdk: ModuleType) -> None:
    golden, recorder = client(sdk, lambda request: httpx.Response(200, json=MESSAGE))
    message = golden.messages.create(
        model="golden-1",
        max_tokens=10,
        messages=[{"role": "user", "content": "Hi"}],
        metadata={"user_id": None},
    )
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("POST", "https://golden.example.com/v1/messages")
    assert json.loads(request.content) == {
        "model": "golden-1",
        "max_tokens": 10,
        "messages": [{"role": "user", "content": "Hi"}],
        "metadata": {"user_id": None},
    }
    assert request.headers["x-api-key"] == "test-key"
    assert request.headers["golden-version"] == "2024-01-01"
    assert request.headers["content-type"] == "application/json"
    assert "golden-features" not in request.headers

    from goldensdk.types.message import Message
    from goldensdk.types.text_block import TextBlock
    from goldensdk.types.tool_use_block import ToolUseBlock

    assert isinstance(message, Message)
    assert message.id == "msg_1" and message.stop_reason == "end_turn"
    assert isinstance(message.content[0], TextBlock) and message.content[0].text == "Hello!"
    assert isinstance(message.content[1], ToolUseBlock) and message.content[1].input == {"a": 1}
    assert (message.usage.input_tokens, message.usage.cache_read_input_tokens) == (3, None)


def test_features_are_sent_joined(sdk: ModuleType) -> None:
    golden, recorder = client(sdk, lambda request: httpx.Response(200, json=MESSAGE))
    golden.messages.create(model="m", max_tokens=1, messages=[], features=["one", "two"])
    assert recorder.requests[0].headers["golden-features"] == "one,two"
    assert "features" not in json.loads(recorder.requests[0].content)


def test_streaming(sdk: ModuleType) -> None:
    events = [
        ("message_start", {"type": "message_start", "message": {**MESSAGE, "content": []}}),
        (
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "He"}},
        ),
        (
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "llo"}},
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    body = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events).encode()
    golden, recorder = client(
        sdk, lambda request: httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    )
    stream = golden.messages.create(model="m", max_tokens=1, messages=[], stream=True)
    received = list(stream)
    assert json.loads(recorder.requests[0].content)["stream"] is True

    from goldensdk.types.content_block_delta_event import ContentBlockDeltaEvent
    from goldensdk.types.message_start_event import MessageStartEvent
    from goldensdk.types.message_stop_event import MessageStopEvent

    assert [type(e) for e in received] == [
        MessageStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockDeltaEvent,
        MessageStopEvent,
    ]
    assert "".join(e.delta.text for e in received if isinstance(e, ContentBlockDeltaEvent)) == "Hello"


def test_pagination(sdk: ModuleType) -> None:
    pages = {
        None: {
            "data": [MODEL, {**MODEL, "id": "golden-2"}],
            "has_more": True,
            "first_id": "golden-1",
            "last_id": "golden-2",
        },
        "golden-2": {
            "data": [{**MODEL, "id": "golden-3"}],
            "has_more": False,
            "first_id": "golden-3",
            "last_id": "golden-3",
        },
    }
    golden, recorder = client(sdk, lambda request: httpx.Response(200, json=pages[request.url.params.get("after_id")]))
    page = golden.models.list(limit=2)
    assert [m.id for m in page.data] == ["golden-1", "golden-2"]
    assert [m.id for m in page] == ["golden-1", "golden-2", "golden-3"]
    assert [dict(r.url.params) for r in recorder.requests] == [{"limit": "2"}, {"limit": "2", "after_id": "golden-2"}]
    assert all(r.url.path == "/v1/models" and r.method == "GET" for r in recorder.requests)


def test_path_parameters_are_encoded(sdk: ModuleType) -> None:
    golden, recorder = client(sdk, lambda request: httpx.Response(200, json=MODEL))
    model = golden.models.retrieve("golden-1")
    assert model.display_name == "Golden 1" and model.created_at.year == 2025
    golden.models.retrieve("a/b?c")
    assert recorder.requests[0].url.raw_path == b"/v1/models/golden-1"
    assert recorder.requests[1].url.raw_path.startswith(b"/v1/models/a%2Fb%3Fc")
    with pytest.raises(ValueError, match="model_id"):
        golden.models.retrieve("")


def test_multipart_upload(sdk: ModuleType) -> None:
    golden, recorder = client(sdk, lambda request: httpx.Response(200, json=FILE))
    metadata = golden.files.upload(file=("notes.txt", b"hello", "text/plain"))
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/v1/files")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["golden-features"] == "files-2024-01-01"
    assert b'name="file"; filename="notes.txt"' in request.content and b"hello" in request.content
    assert metadata.id == "file_1" and metadata.downloadable is True


def test_multipart_upload_with_form_fields(sdk: ModuleType) -> None:
    golden, recorder = client(sdk, lambda request: httpx.Response(200, json=FILE))
    golden.files.upload(file=("notes.txt", b"hello", "text/plain"), purpose="batch")
    (request,) = recorder.requests
    assert b'name="purpose"' in request.content and b"batch" in request.content


def test_binary_download(sdk: ModuleType) -> None:
    payload = bytes(range(256))
    golden, recorder = client(
        sdk, lambda request: httpx.Response(200, content=payload, headers={"content-type": "application/octet-stream"})
    )
    response = golden.files.download("file_1")
    assert response.read() == payload
    assert recorder.requests[0].url.path == "/v1/files/file_1/content"


def test_error_status(sdk: ModuleType) -> None:
    error = {"type": "error", "error": {"type": "not_found_error", "message": "no such model"}}
    golden, _ = client(sdk, lambda request: httpx.Response(404, json=error))
    from goldensdk._exceptions import APIStatusError, GoldenError, NotFoundError

    with pytest.raises(NotFoundError) as excinfo:
        golden.models.retrieve("nope")
    assert isinstance(excinfo.value, APIStatusError) and isinstance(excinfo.value, GoldenError)
    assert excinfo.value.status_code == 404


def test_async_client(sdk: ModuleType) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=MESSAGE))

    async def main() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http_client:
            golden = sdk.AsyncGolden(api_key="k", http_client=http_client, max_retries=0)
            return await golden.messages.create(model="m", max_tokens=1, messages=[])

    message = asyncio.run(main())
    assert message.content[0].text == "Hello!"
    assert recorder.requests[0].headers["x-stainless-async"].startswith("async")


def test_the_copied_module_is_exported(sdk: ModuleType) -> None:
    assert sdk.greeting("golden") == "hello, golden"
    assert sdk.__version__ == "0.1.0"
