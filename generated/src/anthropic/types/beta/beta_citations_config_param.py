from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["BetaCitationsConfigParam"]


class BetaCitationsConfigParam(TypedDict, total=False):
    """Whether the model may cite this source."""

    enabled: bool
    """Whether the model may cite this source."""
