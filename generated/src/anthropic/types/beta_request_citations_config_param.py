from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BetaRequestCitationsConfigParam",
]


class BetaRequestCitationsConfigParam(TypedDict, total=False):
    enabled: bool
