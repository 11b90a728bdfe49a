"""Checks on the header values a client is given, before it sends anything.

A credential or a default header with a CR, LF, NUL or another control character (a key read
from a file with its trailing newline, a pasted value) cannot be sent: httpx would refuse it
on every attempt, after retries, or worse, a lenient stack would split the header. The
client constructors check them once, raising a `ValueError` that names the parameter and
never shows the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Optional

__all__ = ["check_header_value", "check_headers"]

# What a header value may hold here: horizontal tab, space and visible ASCII (httpx encodes
# header values as ASCII, so anything else would fail at send time anyway).
_NOT_ALLOWED = re.compile(r"[^\t\x20-\x7e]")
# A header name is an RFC 9110 token.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def check_header_value(value: Optional[str], parameter: str, *, env: Optional[str] = None) -> None:
    """Raise `ValueError` naming `parameter` (and `env`, where it may come from) when `value`
    cannot be sent in an HTTP header. The value itself is never shown."""
    if not isinstance(value, str):
        return
    found = _NOT_ALLOWED.search(value)
    if found is None:
        return
    char = found.group()
    if char in "\r\n":
        kind = "a line break (CR or LF)"
    elif char == "\0":
        kind = "a NUL character"
    elif ord(char) < 0x20 or ord(char) == 0x7F:
        kind = f"the control character U+{ord(char):04X}"
    else:
        kind = "a non-ASCII character"
    source = f"`{parameter}`" + (f" (or the {env} environment variable)" if env else "")
    raise ValueError(
        f"{source} contains {kind} at position {found.start()}, which cannot be sent in an HTTP header;"
        " check it for a trailing newline or stray characters (the value is not shown)."
    )


def check_headers(headers: Optional[Mapping[str, Any]], parameter: str = "default_headers") -> None:
    """Check every name and string value of `headers` (other values, e.g. `omit`, are skipped)."""
    if not headers:
        return
    for name, value in headers.items():
        if not isinstance(name, str) or _TOKEN.fullmatch(name) is None:
            raise ValueError(f"`{parameter}` has a header name that is not a valid HTTP token: {name!r}")
        check_header_value(value, f"{parameter}[{name!r}]")
