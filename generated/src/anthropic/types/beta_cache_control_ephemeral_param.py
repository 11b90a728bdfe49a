from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCacheControlEphemeralParam",
]


class BetaCacheControlEphemeralParam(TypedDict, total=False):
    ttl: Literal["5m", "1h"]

    type: Required[Literal["ephemeral"]]
