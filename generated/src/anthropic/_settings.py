"""What the runtime needs to know about this API: names, defaults and wire conventions."""

from __future__ import annotations

from typing import Optional, Tuple

__all__ = [
    "HUMAN_PROMPT",
    "AI_PROMPT",
    "MODEL_NONSTREAMING_TOKENS",
    "NONSTREAMING_TOKENS_PER_HOUR",
]

PACKAGE_NAME = "anthropic"
DISTRIBUTION = "anthropic"
VERSION = "0.79.0"
LOG_ENV = "ANTHROPIC_LOG"
CREDENTIAL_HEADERS: Tuple[str, ...] = (
    "api-key",
    "authorization",
    "x-amz-security-token",
    "x-api-key",
    "x-goog-api-key",
)

DEFAULT_TIMEOUT_SECONDS: float = 600
CONNECT_TIMEOUT_SECONDS: float = 5.0
STREAM_IDLE_TIMEOUT_SECONDS: Optional[float] = 300.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

REQUEST_ID_HEADER: Optional[str] = "request-id"
ERROR_TYPE_PATH: Tuple[str, ...] = ("error", "type")
STREAM_KEEPALIVE_EVENTS: Tuple[str, ...] = ("ping",)
STREAM_ERROR_EVENTS: Tuple[str, ...] = ("error",)
STREAM_TERMINAL_EVENTS: Tuple[Tuple[str, Optional[str]], ...] = (("message_stop", None), ("completion", "stop_reason"))
PLATFORM_HEADER_PREFIX = "X-Stainless-"


class AnthropicError(Exception):
    """Root of every error this package raises on purpose."""


ErrorBase = AnthropicError

HUMAN_PROMPT = "\n\nHuman:"

AI_PROMPT = "\n\nAssistant:"

MODEL_NONSTREAMING_TOKENS = {
    "claude-opus-4-20250514": 8192,
    "claude-opus-4-0": 8192,
    "claude-4-opus-20250514": 8192,
    "anthropic.claude-opus-4-20250514-v1:0": 8192,
    "claude-opus-4@20250514": 8192,
    "claude-opus-4-1-20250805": 8192,
    "anthropic.claude-opus-4-1-20250805-v1:0": 8192,
    "claude-opus-4-1@20250805": 8192,
}

NONSTREAMING_TOKENS_PER_HOUR = 128000
