"""Every tunable default of the client, in one place.

The values that differ per API come from `_settings`; so do the API's own extra constants
(`constants:` in sdk.yaml), which this module re-exports.
"""

from __future__ import annotations

import httpx

from . import _settings
from ._settings import *  # noqa: F403  (the API's extra constants, listed in its __all__)

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "RAW_RESPONSE_HEADER",
    "OVERRIDE_CAST_TO_HEADER",
]
__all__ += _settings.__all__

# A generous overall budget (long generations), a short one to connect.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=_settings.DEFAULT_TIMEOUT_SECONDS, connect=_settings.CONNECT_TIMEOUT_SECONDS)
DEFAULT_MAX_RETRIES = _settings.DEFAULT_MAX_RETRIES
# Seconds a stream may receive only keep-alive events before it is given up (None: never).
DEFAULT_STREAM_IDLE_TIMEOUT = _settings.STREAM_IDLE_TIMEOUT_SECONDS
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)

# Exponential backoff between attempts, in seconds.
INITIAL_RETRY_DELAY = _settings.INITIAL_RETRY_DELAY
MAX_RETRY_DELAY = _settings.MAX_RETRY_DELAY
# A server-suggested wait (retry-after) longer than this is ignored in favour of the backoff.
MAX_RETRY_AFTER = 60.0

# Internal request headers: how the `.with_raw_response` / `.with_streaming_response`
# wrappers tell the client what to return. They are never sent over the wire.
RAW_RESPONSE_HEADER = _settings.PLATFORM_HEADER_PREFIX + "Raw-Response"
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"
