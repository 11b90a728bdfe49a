from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "RequestCitationsConfigParam",
]


class RequestCitationsConfigParam(TypedDict, total=False):
    enabled: bool
