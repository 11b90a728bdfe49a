"""Error responses become typed exceptions carrying the status, body and request id."""

from __future__ import annotations

import anthropic
import httpx
import pytest
from anthropic import _exceptions as exc

from .conftest import API_KEY, Recorder, async_client, create_message, json_response, sync_client

CASES = [
    (400, "invalid_request_error", exc.BadRequestError),
    (401, "authentication_error", exc.AuthenticationError),
    (403, "permission_error", exc.PermissionDeniedError),
    (404, "not_found_error", exc.NotFoundError),
    (409, "invalid_request_error", exc.ConflictError),
    (413, "request_too_large", exc.RequestTooLargeError),
    (422, "invalid_request_error", exc.UnprocessableEntityError),
    (429, "rate_limit_error", exc.RateLimitError),
    (500, "api_error", exc.InternalServerError),
    (502, "api_error", exc.InternalServerError),
    # Any other 5xx is an InternalServerError (as the official package maps them).
    (503, "api_error", exc.InternalServerError),
    (504, "timeout_error", exc.InternalServerError),
    (529, "overloaded_error", exc.OverloadedError),
    (402, "billing_error", exc.APIStatusError),
]


def error_body(kind: str) -> dict:
    return {"type": "error", "error": {"type": kind, "message": f"{kind} happened"}, "request_id": "req_9"}


@pytest.mark.parametrize("status,kind,expected", CASES)
def test_status_maps_to_its_exception(status: int, kind: str, expected: type[exc.APIStatusError]) -> None:
    response = json_response(error_body(kind), status, {"request-id": "req_9"})
    client = sync_client(Recorder(lambda request: response), max_retries=0)
    with pytest.raises(expected) as info:
        create_message(client)
    error = info.value
    assert type(error) is expected
    assert isinstance(error, anthropic.APIStatusError) and isinstance(error, anthropic.AnthropicError)
    assert error.status_code == status
    assert error.body == error_body(kind)
    assert error.request_id == "req_9"
    assert error.response is response
    assert error.request.url.path == "/v1/messages"
    assert f"Error code: {status}" in str(error) and f"{kind} happened" in error.message


@pytest.mark.parametrize(
    "kind,expected",
    [
        ("overloaded_error", exc.OverloadedError),
        ("rate_limit_error", exc.RateLimitError),
        ("invalid_request_error", exc.BadRequestError),
        ("timeout_error", exc.DeadlineExceededError),
        ("something_new", exc.APIStatusError),
    ],
)
def test_error_type_decides_when_the_status_does_not(kind: str, expected: type) -> None:
    assert exc.status_error_class(200, error_body(kind)) is expected


def test_status_wins_over_error_type_and_5xx_default() -> None:
    assert exc.status_error_class(404, error_body("overloaded_error")) is exc.NotFoundError
    assert exc.status_error_class(599, None) is exc.InternalServerError
    assert exc.status_error_class(418, None) is exc.APIStatusError
    # The error type decides only for an error carried by a successful answer (a stream).
    assert exc.status_error_class(418, error_body("overloaded_error")) is exc.APIStatusError
    assert exc.status_error_class(500, error_body("overloaded_error")) is exc.InternalServerError


def test_non_json_error_body_is_kept_as_text() -> None:
    response = httpx.Response(502, text="<html>bad gateway</html>")
    client = sync_client(Recorder(lambda request: response), max_retries=0)
    with pytest.raises(exc.InternalServerError) as info:
        create_message(client)
    assert info.value.body == "<html>bad gateway</html>"
    assert info.value.type is None


def test_error_message_never_contains_credentials() -> None:
    client = sync_client(Recorder(lambda request: json_response(error_body("authentication_error"), 401)))
    with pytest.raises(exc.AuthenticationError) as info:
        create_message(client)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


@pytest.mark.anyio
async def test_async_errors_are_typed_too() -> None:
    client = async_client(Recorder(lambda request: json_response(error_body("not_found_error"), 404)))
    with pytest.raises(exc.NotFoundError) as info:
        await client.models.retrieve("nope")
    assert info.value.status_code == 404


def test_exported_hierarchy() -> None:
    assert issubclass(anthropic.APITimeoutError, anthropic.APIConnectionError)
    assert issubclass(anthropic.APIConnectionError, anthropic.APIError)
    assert issubclass(anthropic.APIResponseValidationError, anthropic.APIError)
    assert issubclass(anthropic.APIError, anthropic.AnthropicError)
    for _status, _kind, cls in CASES:
        assert issubclass(cls, anthropic.APIStatusError)
