"""What a success body becomes: JSON is parsed whatever the Content-Type says; a body that is
not JSON where a type is expected raises APIResponseValidationError naming the status, the
content type and the start of the body (the official package returns the text: we differ)."""

from __future__ import annotations

import json

import anthropic
import httpx
import pytest

from .conftest import MESSAGE, Recorder, async_client, create_message, sync_client


def response(body: bytes, content_type: str | None, status: int = 200) -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx.Response(status, content=body, headers=headers)


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", None, "text/html; charset=utf-8"])
def test_json_under_another_content_type_is_parsed(content_type: str | None) -> None:
    client = sync_client(Recorder(lambda request: response(json.dumps(MESSAGE).encode(), content_type)))
    message = create_message(client)
    assert isinstance(message, anthropic.types.Message) and message.id == MESSAGE["id"]


PORTAL = (
    b"<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head><body>" + b"x" * 5000 + b"</body></html>"
)


@pytest.mark.parametrize(
    ("body", "content_type", "start"),
    [
        (PORTAL, "text/html", "<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi"),
        (b"", "application/json", "''"),
        (b"OK", None, "'OK'"),
        (b'{"id": "msg_1", "trunc', "application/json", '{"id": "msg_1", "trunc'),
    ],
    ids=["html-portal", "empty-json", "plain-text", "cut-json"],
)
def test_a_body_that_is_not_json_raises_naming_status_type_and_start(
    body: bytes, content_type: str | None, start: str
) -> None:
    recorder = Recorder(lambda request: response(body, content_type))
    client = sync_client(recorder)
    with pytest.raises(anthropic.APIResponseValidationError) as info:
        create_message(client)
    message = str(info.value)
    assert "status 200" in message
    assert repr(content_type or "not given") in message
    assert start in message
    assert len(message) < 400  # only the start of a long body is quoted
    assert info.value.status_code == 200 and info.value.response.status_code == 200
    assert len(recorder.requests) == 1  # not retried: the answer is final


def test_the_raw_response_parses_the_same_way() -> None:
    client = sync_client(Recorder(lambda request: response(PORTAL, "text/html")))
    raw = client.messages.with_raw_response.create(
        max_tokens=1, messages=[{"role": "user", "content": "hi"}], model="claude-sonnet-4-5"
    )
    assert raw.status_code == 200 and raw.http_response.content == PORTAL
    with pytest.raises(anthropic.APIResponseValidationError, match="text/html"):
        raw.parse()


@pytest.mark.anyio
async def test_async_clients_refuse_non_json_too() -> None:
    client = async_client(Recorder(lambda request: response(PORTAL, "text/html")))
    with pytest.raises(anthropic.APIResponseValidationError, match="Sign in"):
        await client.messages.create(
            max_tokens=1, messages=[{"role": "user", "content": "hi"}], model="claude-sonnet-4-5"
        )
