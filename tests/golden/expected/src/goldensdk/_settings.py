"""What the runtime needs to know about this API: names, defaults and wire conventions."""

from __future__ import annotations

from typing import Optional, Tuple

__all__ = []

PACKAGE_NAME = "goldensdk"
DISTRIBUTION = "goldensdk"
VERSION = "0.1.0"
LOG_ENV = "GOLDEN_LOG"
CREDENTIAL_HEADERS: Tuple[str, ...] = ("x-api-key",)

DEFAULT_TIMEOUT_SECONDS: float = 60
CONNECT_TIMEOUT_SECONDS: float = 5.0
STREAM_IDLE_TIMEOUT_SECONDS: Optional[float] = None
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

REQUEST_ID_HEADER: Optional[str] = None
ERROR_TYPE_PATH: Tuple[str, ...] = ()
STREAM_KEEPALIVE_EVENTS: Tuple[str, ...] = ()
STREAM_ERROR_EVENTS: Tuple[str, ...] = ()
STREAM_TERMINAL_EVENTS: Tuple[Tuple[str, Optional[str]], ...] = ()
PLATFORM_HEADER_PREFIX = "X-Stainless-"


class GoldenError(Exception):
    """Root of every error this package raises on purpose."""


ErrorBase = GoldenError
