from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_object import APIErrorObject as APIErrorObject
    from .authentication_error import AuthenticationError as AuthenticationError
    from .billing_error import BillingError as BillingError
    from .error_object import ErrorObject as ErrorObject
    from .error_response import ErrorResponse as ErrorResponse
    from .gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .invalid_request_error import InvalidRequestError as InvalidRequestError
    from .not_found_error import NotFoundError as NotFoundError
    from .overloaded_error import OverloadedError as OverloadedError
    from .permission_error import PermissionError as PermissionError
    from .rate_limit_error import RateLimitError as RateLimitError

_EXPORTS: dict[str, tuple[str, str]] = {
    "APIErrorObject": (".api_error_object", "APIErrorObject"),
    "AuthenticationError": (".authentication_error", "AuthenticationError"),
    "BillingError": (".billing_error", "BillingError"),
    "ErrorObject": (".error_object", "ErrorObject"),
    "ErrorResponse": (".error_response", "ErrorResponse"),
    "GatewayTimeoutError": (".gateway_timeout_error", "GatewayTimeoutError"),
    "InvalidRequestError": (".invalid_request_error", "InvalidRequestError"),
    "NotFoundError": (".not_found_error", "NotFoundError"),
    "OverloadedError": (".overloaded_error", "OverloadedError"),
    "PermissionError": (".permission_error", "PermissionError"),
    "RateLimitError": (".rate_limit_error", "RateLimitError"),
}

__all__ = [
    "APIErrorObject",
    "AuthenticationError",
    "BillingError",
    "ErrorObject",
    "ErrorResponse",
    "GatewayTimeoutError",
    "InvalidRequestError",
    "NotFoundError",
    "OverloadedError",
    "PermissionError",
    "RateLimitError",
]


def __getattr__(name: str) -> Any:
    from importlib import import_module

    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        # A submodule reads as an attribute once imported (`package.types.Message` after
        # `import package`), as with an eagerly importing package.
        from importlib.util import find_spec

        if name.isidentifier() and find_spec(f"{__name__}.{name}") is not None:
            return import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
