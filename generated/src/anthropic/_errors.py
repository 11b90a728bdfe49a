"""The generic error tree of the runtime.

    ErrorBase (the API's own root class, named in sdk.yaml: `client.error_base`)
    └── APIError                        (request, body)
        ├── APIConnectionError          the server could not be reached, or the answer was cut
        │   ├── APITimeoutError         ...in time (also: a stream that only sent keep-alives)
        │   └── IncompleteStreamError   a stream ended before its terminal event
        ├── APIResponseValidationError  a response did not match its declared type
        └── APIStatusError              the server answered with an error (status_code, response, request_id)
            ├── BadRequestError             400
            ├── AuthenticationError         401
            ├── PermissionDeniedError       403
            ├── NotFoundError               404
            ├── ConflictError               409
            ├── RequestTooLargeError        413
            ├── UnprocessableEntityError    422
            ├── RateLimitError              429
            ├── ServiceUnavailableError     (503, when an API maps it)
            ├── DeadlineExceededError       (504, when an API maps it)
            └── InternalServerError        >=500

An API adds its own classes (for other status codes, or error types named in the body) in
its generated `_exceptions` module, as a `StatusErrorTable`; the client hands that table to
`make_status_error`, the one place where an error answer becomes a class.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Type

from ._settings import ERROR_TYPE_PATH, REQUEST_ID_HEADER, ErrorBase

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "IncompleteStreamError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RequestTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "ServiceUnavailableError",
    "DeadlineExceededError",
    "InternalServerError",
    "StatusErrorTable",
    "HTTP_STATUS_ERRORS",
    "make_status_error",
    "describe_error_response",
    "error_type_of",
    "transport_error",
]


class APIError(ErrorBase):
    """A request was sent (or attempted) and did not produce a usable result.

    `body` is the decoded JSON error body when there is one, else the raw text, else None.
    """

    message: str
    request: httpx.Request
    body: Optional[object]

    def __init__(self, message: str, request: httpx.Request, *, body: Optional[object]) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    @property
    def type(self) -> Optional[str]:
        """The API's error type as the error body names it, if it does."""
        return error_type_of(self.body)


class APIResponseValidationError(APIError):
    """The response did not have the shape its type declares."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: Optional[object], *, message: Optional[str] = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with an error status (or an error event in a stream)."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: httpx.Response, body: Optional[object]) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None


class APIConnectionError(APIError):
    """The request never got an answer: DNS, refused connection, reset, TLS, ..."""

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout."""

    def __init__(self, request: httpx.Request, *, message: str = "Request timed out.") -> None:
        super().__init__(message=message, request=request)


class IncompleteStreamError(APIConnectionError):
    """A stream's body ended (the connection closed cleanly) before the event that completes
    it: what was received is only part of the answer. `events_received` counts the events
    that did arrive (keep-alive events not included)."""

    events_received: int

    def __init__(self, *, request: httpx.Request, events_received: int, expected: str = "") -> None:
        waited = f" before its terminal event ({expected})" if expected else " before its terminal event"
        super().__init__(
            message=f"The stream ended early{waited}: {events_received} event(s) arrived; the answer is incomplete.",
            request=request,
        )
        self.events_received = events_received


class BadRequestError(APIStatusError):
    status_code: int = 400


class AuthenticationError(APIStatusError):
    status_code: int = 401


class PermissionDeniedError(APIStatusError):
    status_code: int = 403


class NotFoundError(APIStatusError):
    status_code: int = 404


class ConflictError(APIStatusError):
    status_code: int = 409


class RequestTooLargeError(APIStatusError):
    status_code: int = 413


class UnprocessableEntityError(APIStatusError):
    status_code: int = 422


class RateLimitError(APIStatusError):
    status_code: int = 429


class InternalServerError(APIStatusError):
    """Any 5xx without a more specific class."""


class ServiceUnavailableError(APIStatusError):
    status_code: int = 503


class DeadlineExceededError(APIStatusError):
    status_code: int = 504


# The classes of the standard HTTP client-error statuses (any 5xx is InternalServerError
# unless an API's table names a class for it).
HTTP_STATUS_ERRORS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class StatusErrorTable:
    """Which class an error answer becomes: by its status code (any 5xx without a class of
    its own is an InternalServerError); an error with a success status (an error event inside
    a stream) by the error type its body names."""

    def __init__(
        self,
        by_status: Optional[Mapping[int, Type[APIStatusError]]] = None,
        by_error_type: Optional[Mapping[str, Type[APIStatusError]]] = None,
    ) -> None:
        self.by_status: Dict[int, Type[APIStatusError]] = {**HTTP_STATUS_ERRORS, **(by_status or {})}
        self.by_error_type: Dict[str, Type[APIStatusError]] = dict(by_error_type or {})

    def class_for(self, status_code: int, body: object = None) -> Type[APIStatusError]:
        by_status = self.by_status.get(status_code)
        if by_status is not None:
            return by_status
        if status_code >= 500:
            return InternalServerError
        if status_code < 400:
            return self.by_error_type.get(error_type_of(body) or "", APIStatusError)
        return APIStatusError


DEFAULT_STATUS_ERRORS = StatusErrorTable()


def _string_at(body: object, path: Tuple[str, ...]) -> Optional[str]:
    node = body
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node if isinstance(node, str) and path else None


def error_type_of(body: object) -> Optional[str]:
    """The error type an error body names (at `ERROR_TYPE_PATH`), if any."""
    return _string_at(body, ERROR_TYPE_PATH)


def make_status_error(
    message: str, *, body: object, response: httpx.Response, table: StatusErrorTable = DEFAULT_STATUS_ERRORS
) -> APIStatusError:
    return table.class_for(response.status_code, body)(message, response=response, body=body)


def describe_error_response(response: httpx.Response) -> Tuple[str, object]:
    """The message and body of an error response (its body must have been read): a JSON body
    decoded, quoted after the status; a text body as the message itself; no body, the status."""
    text = response.text
    if not text.strip():
        return f"Error code: {response.status_code}", text
    try:
        body: Any = json.loads(text)
    except ValueError:
        return text, text
    return f"Error code: {response.status_code} - {body}", body


def transport_error(err: BaseException, request: httpx.Request) -> Optional[APIConnectionError]:
    """The error to raise for a transport failure `err` (a reset, a cut body, a read timeout,
    from httpx or from aiohttp) met while reading a response of `request`; None when `err`
    is not a transport failure (it is then raised as it is)."""
    if isinstance(err, APIError):
        return None
    import httpx

    if isinstance(err, httpx.TimeoutException):
        # httpx-aiohttp reports any aiohttp connection error (a disconnect, a reset) as a
        # connect timeout; its cause tells the two apart.
        cause = err.__cause__
        if cause is not None and not _is_timeout(cause):
            return APIConnectionError(message=_connection_message(cause), request=request)
        return APITimeoutError(request)
    if isinstance(err, (httpx.TransportError, httpx.DecodingError)):
        return APIConnectionError(message=_connection_message(err), request=request)
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is not None:
        if isinstance(err, getattr(aiohttp, "ServerTimeoutError", ())):
            return APITimeoutError(request)
        if isinstance(err, getattr(aiohttp, "ClientError", ())):
            return APIConnectionError(message=_connection_message(err), request=request)
    if isinstance(err, TimeoutError):  # also asyncio.TimeoutError (an alias from 3.11)
        return APITimeoutError(request)
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None and isinstance(err, asyncio.TimeoutError):
        return APITimeoutError(request)
    if isinstance(err, OSError):
        return APIConnectionError(message=_connection_message(err), request=request)
    return None


def _connection_message(err: BaseException) -> str:
    return f"Connection error while reading the response ({type(err).__name__})."


def _is_timeout(cause: BaseException) -> bool:
    """Whether the cause of an httpx timeout error is a timeout: only an aiohttp connection
    error is known not to be (httpcore's own causes are timeouts)."""
    if isinstance(cause, TimeoutError):
        return True
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None and isinstance(cause, asyncio.TimeoutError):
        return True
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is None:
        return True
    if isinstance(cause, getattr(aiohttp, "ServerTimeoutError", ())):
        return True
    return not isinstance(cause, getattr(aiohttp, "ClientError", ()))
