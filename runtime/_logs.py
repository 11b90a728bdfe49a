"""Logging (`<LOG_ENV>=info|debug`, the variable named in `_settings`) and the redaction of credentials.

Credentials never reach a log record, a `repr` or an exception message: the headers that
carry them are replaced by a marker wherever headers are shown.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any, Dict, Optional

from ._settings import CREDENTIAL_HEADERS, LOG_ENV, PACKAGE_NAME

__all__ = ["logger", "setup_logging", "redact_headers", "mask_secret", "SENSITIVE_HEADERS", "debug_enabled"]

logger = logging.getLogger(PACKAGE_NAME)
httpx_logger = logging.getLogger("httpx")

# Lower-cased names of the headers that carry credentials: HTTP's own, and the API's
# (`_settings.CREDENTIAL_HEADERS`: its credentials and those its platform clients send).
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", *CREDENTIAL_HEADERS})
REDACTED = "<redacted>"

_configured = False


def setup_logging() -> None:
    """Apply the logging environment variable (`_settings.LOG_ENV`) once per process: "debug" or "info" turn on our logs and httpx's."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").lower())
    if level is None:
        return
    logging.basicConfig(format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
    for target in (logger, httpx_logger):
        target.setLevel(level)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())


def debug_enabled() -> bool:
    return logger.isEnabledFor(logging.DEBUG)


def mask_secret(secret: Optional[str]) -> Optional[str]:
    """A credential as it may be shown: only whether it is set."""
    return None if secret is None else REDACTED


def redact_headers(headers: Mapping[str, Any]) -> Dict[str, Any]:
    """A copy of `headers` with the credential-carrying ones redacted."""
    return {key: (REDACTED if str(key).lower() in SENSITIVE_HEADERS else value) for key, value in headers.items()}


class RedactingFilter(logging.Filter):
    """Redacts credential headers in the arguments of log records (ours and httpx's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = _redact_value(args)
        elif isinstance(args, tuple):
            record.args = tuple(_redact_value(arg) for arg in args)
        return True


def _redact_value(value: Any) -> Any:
    if isinstance(value, Mapping):
        if "headers" in value and isinstance(value["headers"], Mapping):
            value = {**value, "headers": redact_headers(value["headers"])}
        if any(str(key).lower() in SENSITIVE_HEADERS for key in value):
            value = redact_headers(value)
    return value
