"""When to retry a request and how long to wait first: pure functions, no I/O.

* Connection errors and timeouts are retried.
* A response is retried when the server says so (`x-should-retry: true`), never when it
  says not to (`x-should-retry: false`), and otherwise for 408, 409, 429 and 5xx.
* The wait is the server's `retry-after-ms` / `retry-after` (seconds or an HTTP date) when
  it is given and between 0 and 60 seconds; otherwise exponential backoff from
  `INITIAL_RETRY_DELAY`, doubling per attempt, capped at `MAX_RETRY_DELAY`, minus a random
  jitter of up to 25%.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from typing import Callable, Optional

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = [
    "RETRYABLE_STATUSES",
    "JITTER",
    "should_retry_response",
    "parse_retry_after",
    "backoff_delay",
    "retry_delay",
]

RETRYABLE_STATUSES = frozenset({408, 409, 429})
# The random share taken off each backoff delay, so that clients do not retry in lockstep.
JITTER = 0.25
# Beyond this many attempts the exponent stops growing (the delay is capped long before).
_MAX_EXPONENT = 1000


def should_retry_response(status_code: int, headers: Mapping[str, str]) -> bool:
    """Whether an error response is worth another attempt."""
    verdict = headers.get("x-should-retry")
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def parse_retry_after(
    headers: Optional[Mapping[str, str]], now: Optional[Callable[[], float]] = None
) -> Optional[float]:
    """Seconds the server asks us to wait, from `retry-after-ms` or `retry-after`, if any.

    `now` (default `time.time`) is the clock an HTTP-date value is measured against.
    """
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:  # pragma: no cover - older Pythons return None for bad dates
        return None
    return moment.timestamp() - (now or time.time)()


def backoff_delay(
    retries_taken: int,
    *,
    initial: float = INITIAL_RETRY_DELAY,
    maximum: float = MAX_RETRY_DELAY,
    rand: Optional[Callable[[], float]] = None,
) -> float:
    """Exponential backoff with jitter for the attempt after `retries_taken` retries.

    `rand` (default `random.random`) gives the jitter draw in [0, 1).
    """
    exponent = min(retries_taken, _MAX_EXPONENT)
    delay = min(initial * 2.0**exponent, maximum)
    return max(delay * (1 - JITTER * (rand or random.random)()), 0.0)


def retry_delay(
    retries_taken: int,
    headers: Optional[Mapping[str, str]] = None,
    *,
    initial: float = INITIAL_RETRY_DELAY,
    maximum: float = MAX_RETRY_DELAY,
    rand: Optional[Callable[[], float]] = None,
    now: Optional[Callable[[], float]] = None,
) -> float:
    """Seconds to wait before the next attempt: the server's wish if reasonable, else backoff."""
    asked = parse_retry_after(headers, now)
    if asked is not None and 0 < asked <= MAX_RETRY_AFTER:
        return asked
    return backoff_delay(retries_taken, initial=initial, maximum=maximum, rand=rand)
