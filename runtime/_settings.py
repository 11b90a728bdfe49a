"""What the runtime needs to know about one API: names, defaults and wire conventions.

This file is a stand-in, so that the runtime package can be imported, linted, type-checked
and unit-tested on its own. The generator never copies it: every generated package gets its
own `_settings.py`, rendered by `templates/sdk/settings.py.jinja` from `overlays/sdk.yaml`.
Keep the two in step: a name added here must be added to the template as well (the test
`tests/runtime_core/test_settings_contract.py` compares them).

Names listed in `__all__` are the API's extra constants (`constants:` in sdk.yaml); the
runtime's `_constants` module re-exports them.
"""

from __future__ import annotations

from typing import Optional, Tuple

__all__: list[str] = []

# The import name of the package (the logger's name) and its distribution (for pip hints).
PACKAGE_NAME = "example_sdk"
DISTRIBUTION = "example-sdk"
VERSION = "0.0.0"
# The environment variable that turns on logging ("info" or "debug").
LOG_ENV = "EXAMPLE_SDK_LOG"
# Lower-cased names of the headers that carry credentials: never logged, never shown.
CREDENTIAL_HEADERS: Tuple[str, ...] = ("authorization",)

# Client defaults, in seconds where a duration.
DEFAULT_TIMEOUT_SECONDS: float = 60.0
CONNECT_TIMEOUT_SECONDS: float = 5.0
# How long a stream may go without an event other than a keep-alive one (None: no limit).
STREAM_IDLE_TIMEOUT_SECONDS: Optional[float] = 300.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

# The response header carrying the server's id for a request (shown on errors).
REQUEST_ID_HEADER: Optional[str] = "x-request-id"
# Where an error body keeps its error type, as keys from the top (e.g. ("error", "type")).
ERROR_TYPE_PATH: Tuple[str, ...] = ("error", "type")
# Server-sent event names that keep a stream alive but carry nothing, and the ones that
# carry an error to raise.
STREAM_KEEPALIVE_EVENTS: Tuple[str, ...] = ()
STREAM_ERROR_EVENTS: Tuple[str, ...] = ("error",)
# (event name, field or None): the event that completes a stream (once that field, if named,
# is set). A stream whose item type has one of these events and whose body ends before it
# arrives is incomplete (IncompleteStreamError).
STREAM_TERMINAL_EVENTS: Tuple[Tuple[str, Optional[str]], ...] = (("done", None),)
# The prefix of the headers describing the platform (`<prefix>Lang`, `<prefix>OS`, ...) and
# of the internal headers that select a raw or streamed response.
PLATFORM_HEADER_PREFIX = "X-Stainless-"


class SDKError(Exception):
    """Root of every error this package raises on purpose."""


# The runtime derives its error classes from this one (`client.error_base` in sdk.yaml).
ErrorBase = SDKError
