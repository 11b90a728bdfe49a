"""Hooks for the Messages API, named in overlays/sdk.yaml.

`prepare_body:` hooks rewrite a request body before it is sent, for parameters the client
resolves itself. `before_call:` hooks run before a request is built, as
`hook(client, timeout, **args) -> timeout`: they check arguments, warn, or pick the timeout.
Generated resources import them, so they load nothing until called.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

__all__ = [
    "move_output_format",
    "move_deprecated_output_format",
    "move_deprecated_output_format_dict",
    "warn_deprecated_model",
    "require_streaming_for_long_requests",
]


def move_output_format(body: dict[str, Any]) -> dict[str, Any]:
    """`output_format` (a format dict, or a type whose JSON schema is the format) is sent as
    `output_config.format`, the only place the API reads it."""
    return _move_output_format(body, deprecated=False)


def move_deprecated_output_format(body: dict[str, Any]) -> dict[str, Any]:
    """`move_output_format` for the beta API, where `output_format` is deprecated (it warns)."""
    return _move_output_format(body, deprecated=True)


def move_deprecated_output_format_dict(body: dict[str, Any]) -> dict[str, Any]:
    """`move_deprecated_output_format` for `create()`, which takes a format dict only: a type
    to parse the answer into belongs to `parse()`."""
    output_format = body.get("output_format")
    if isinstance(output_format, type):
        raise TypeError(
            f"`create()` takes `output_format` as a format dict, not a type ({output_format.__name__}): "
            "use `beta.messages.parse(output_format=...)` to get the answer parsed into a type."
        )
    return _move_output_format(body, deprecated=True)


def _move_output_format(body: dict[str, Any], *, deprecated: bool) -> dict[str, Any]:
    if "output_format" not in body:
        return body
    output_format = body.pop("output_format")
    from .._parse._response import output_config_with_format

    # The warning points at the user's call: warn <- output_config_with_format <- this
    # function <- the public hook <- the resource method <- the user.
    config = output_config_with_format(body.get("output_config"), output_format, deprecated=deprecated, stacklevel=5)
    if config is None:
        body.pop("output_config", None)
    else:
        body["output_config"] = config
    return body


def warn_deprecated_model(client: Any, timeout: Any, *, model: Any, table: Mapping[str, str]) -> Any:
    """A DeprecationWarning when `model` is in the resource's table of retiring models."""
    retires = table.get(model) if isinstance(model, str) else None
    if retires is not None:
        warnings.warn(
            f"The model {model!r} is deprecated and stops being served on {retires}.\n"
            "Choose a current model: https://docs.anthropic.com/en/docs/resources/model-deprecations",
            DeprecationWarning,
            # warn -> this hook -> the resource method -> the caller
            stacklevel=3,
        )
    return timeout


def require_streaming_for_long_requests(client: Any, timeout: Any, *, model: Any, max_tokens: Any, stream: Any) -> Any:
    """A non-streaming request that could run past the default timeout is refused (the
    connection could be dropped by a network idle timeout long before the answer came).

    Applies only when neither the call nor the client chose a timeout: the caller's choice
    always wins. The expected duration is estimated from `max_tokens`; some models also cap
    the output of non-streaming requests.
    """
    from ..._constants import DEFAULT_TIMEOUT, MODEL_NONSTREAMING_TOKENS, NONSTREAMING_TOKENS_PER_HOUR
    from ..._types import not_given

    if stream is True or timeout is not not_given or not isinstance(max_tokens, int):
        return timeout
    if client.timeout != DEFAULT_TIMEOUT:
        return timeout
    default_seconds = DEFAULT_TIMEOUT.read or 600.0
    expected_seconds = 60 * 60 * max_tokens / NONSTREAMING_TOKENS_PER_HOUR
    cap = MODEL_NONSTREAMING_TOKENS.get(model) if isinstance(model, str) else None
    if expected_seconds > default_seconds or (cap is not None and max_tokens > cap):
        raise ValueError(
            "Streaming is required for operations that may take longer than 10 minutes: with "
            f"max_tokens={max_tokens} this request could. Stream the response (`stream=True`, or "
            "`client.messages.stream(...)`), or pass an explicit `timeout=` if you accept the wait."
        )
    return default_seconds
