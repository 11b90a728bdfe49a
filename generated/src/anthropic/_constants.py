"""Every tunable default of the client, in one place."""

from __future__ import annotations

import httpx

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "HUMAN_PROMPT",
    "AI_PROMPT",
    "MODEL_NONSTREAMING_TOKENS",
    "NONSTREAMING_TOKENS_PER_HOUR",
    "RAW_RESPONSE_HEADER",
    "OVERRIDE_CAST_TO_HEADER",
]

# Seconds: a generous overall budget (long generations), a short one to connect.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)

# Exponential backoff between attempts, in seconds.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server-suggested wait (retry-after) longer than this is ignored in favour of the backoff.
MAX_RETRY_AFTER = 60.0

# Markers of the legacy Text Completions prompt format.
HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"

# Models whose non-streaming responses are capped at this many output tokens.
MODEL_NONSTREAMING_TOKENS: dict[str, int] = {
    "claude-opus-4-20250514": 8192,
    "claude-opus-4-0": 8192,
    "claude-4-opus-20250514": 8192,
    "anthropic.claude-opus-4-20250514-v1:0": 8192,
    "claude-opus-4@20250514": 8192,
    "claude-opus-4-1-20250805": 8192,
    "anthropic.claude-opus-4-1-20250805-v1:0": 8192,
    "claude-opus-4-1@20250805": 8192,
}
# The output rate assumed when estimating how long a non-streaming request may take:
# this many tokens per hour of generation.
NONSTREAMING_TOKENS_PER_HOUR = 128_000

# Internal request headers: how the `.with_raw_response` / `.with_streaming_response`
# wrappers tell the client what to return. They are never sent over the wire.
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"
