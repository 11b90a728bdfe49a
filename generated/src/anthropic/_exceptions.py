"""Errors raised by the client: the runtime's tree (see `_errors`) under `AnthropicError`."""

from __future__ import annotations

from . import _errors
from ._errors import *  # noqa: F403
from ._errors import APIStatusError, StatusErrorTable
from ._settings import AnthropicError as AnthropicError

__all__ = [
    "AnthropicError",
    "OverloadedError",
    "STATUS_ERRORS",
    "status_error_class",
]
__all__ += _errors.__all__


class OverloadedError(APIStatusError):
    status_code: int = 529


STATUS_ERRORS = StatusErrorTable(
    by_status={
        529: OverloadedError,
    },
    by_error_type={
        "invalid_request_error": _errors.BadRequestError,
        "authentication_error": _errors.AuthenticationError,
        "permission_error": _errors.PermissionDeniedError,
        "not_found_error": _errors.NotFoundError,
        "request_too_large": _errors.RequestTooLargeError,
        "rate_limit_error": _errors.RateLimitError,
        "api_error": _errors.InternalServerError,
        "timeout_error": _errors.DeadlineExceededError,
        "overloaded_error": OverloadedError,
    },
)
# The class an error answer becomes: by status, then by the error type of its body, then by range.
status_error_class = STATUS_ERRORS.class_for

# The errors the package root exports read as `anthropic.<Name>` in tracebacks.
for _error in (
    AnthropicError,
    _errors.APIError,
    _errors.APIStatusError,
    _errors.APITimeoutError,
    _errors.APIConnectionError,
    _errors.IncompleteStreamError,
    _errors.APIResponseValidationError,
    _errors.BadRequestError,
    _errors.AuthenticationError,
    _errors.PermissionDeniedError,
    _errors.NotFoundError,
    _errors.ConflictError,
    _errors.UnprocessableEntityError,
    _errors.RateLimitError,
    _errors.InternalServerError,
):
    _error.__module__ = "anthropic"
