from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["CacheControlEphemeralParam"]


class CacheControlEphemeralParam(TypedDict, total=False):
    """
    A prompt-caching breakpoint: the prompt up to and including the marked block may be cached and
    reused by later requests.
    """

    ttl: Literal["5m", "1h"]
    """How long the cached prefix is kept, `5m` (5 minutes, the default) or `1h` (1 hour)."""

    type: Required[Literal["ephemeral"]]
    """Fixed tag that identifies this kind of object."""
