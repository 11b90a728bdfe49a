"""Errors raised by the client.

    AnthropicError
    ├── APIError                        (request, body)
    │   ├── APIConnectionError          the server could not be reached
    │   │   └── APITimeoutError         ...in time
    │   ├── APIResponseValidationError  a response did not match its declared type (strict mode)
    │   └── APIStatusError              the server answered with an error (status_code, response, request_id)
    │       ├── BadRequestError             400  invalid_request_error
    │       ├── AuthenticationError         401  authentication_error
    │       ├── PermissionDeniedError       403  permission_error
    │       ├── NotFoundError               404  not_found_error
    │       ├── ConflictError               409
    │       ├── RequestTooLargeError        413  request_too_large
    │       ├── UnprocessableEntityError    422
    │       ├── RateLimitError              429  rate_limit_error
    │       ├── ServiceUnavailableError     503
    │       ├── DeadlineExceededError       504  timeout_error
    │       ├── OverloadedError             529  overloaded_error
    │       └── InternalServerError        >=500 api_error

Which class an error response becomes is decided in one place, `status_error_class`:
by status code first, then by the `type` of the error in the body (so an `error` event
inside a successful event stream is raised with its own class), then by the status range.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Type

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AnthropicError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
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
    "OverloadedError",
    "DeadlineExceededError",
    "InternalServerError",
    "status_error_class",
    "make_status_error",
    "describe_error_response",
    "status_error_from_response",
]


class AnthropicError(Exception):
    """Root of every error this package raises on purpose."""


class APIError(AnthropicError):
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
        """The API's error type (`error.type` in the body), e.g. "overloaded_error"."""
        return error_type_of(self.body)


class APIResponseValidationError(APIError):
    """The response did not have the shape its type declares (only raised in strict mode)."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: Optional[object], *, message: Optional[str] = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with an error status (or an `error` event in a stream)."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: httpx.Response, body: Optional[object]) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("request-id")


class APIConnectionError(APIError):
    """The request never got an answer: DNS, refused connection, reset, TLS, ..."""

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


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


class OverloadedError(APIStatusError):
    status_code: int = 529


_BY_STATUS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
    504: DeadlineExceededError,
    529: OverloadedError,
}

# The `error.type` values of the API's error bodies.
_BY_ERROR_TYPE: Dict[str, Type[APIStatusError]] = {
    "invalid_request_error": BadRequestError,
    "authentication_error": AuthenticationError,
    "permission_error": PermissionDeniedError,
    "not_found_error": NotFoundError,
    "request_too_large": RequestTooLargeError,
    "rate_limit_error": RateLimitError,
    "api_error": InternalServerError,
    "timeout_error": DeadlineExceededError,
    "overloaded_error": OverloadedError,
}


def error_type_of(body: object) -> Optional[str]:
    """`error.type` of an API error body (`{"type": "error", "error": {"type": ...}}`)."""
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            kind = error.get("type")
            if isinstance(kind, str):
                return kind
    return None


def status_error_class(status_code: int, body: object = None) -> Type[APIStatusError]:
    """The exception class for an error answer: by status, then by error type, then by range."""
    by_status = _BY_STATUS.get(status_code)
    if by_status is not None:
        return by_status
    by_type = _BY_ERROR_TYPE.get(error_type_of(body) or "")
    if by_type is not None:
        return by_type
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


def make_status_error(message: str, *, body: object, response: httpx.Response) -> APIStatusError:
    return status_error_class(response.status_code, body)(message, response=response, body=body)


def describe_error_response(response: httpx.Response) -> Tuple[str, object]:
    """The message and decoded body of an error response (its body must have been read)."""
    text = response.text.strip()
    body: Any = text or None
    if text:
        try:
            body = json.loads(text)
        except ValueError:
            pass
    message = f"Error code: {response.status_code} - {body if body is not None else response.reason_phrase}"
    return message, body


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """The error for a response with an error status (its body must have been read)."""
    message, body = describe_error_response(response)
    return make_status_error(message, body=body, response=response)
