from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BetaMCPToolConfigParam",
]


class BetaMCPToolConfigParam(TypedDict, total=False):
    defer_loading: bool

    enabled: bool
