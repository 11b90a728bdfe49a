from __future__ import annotations

from ..._models import BaseModel

__all__ = ["BetaCitationConfig"]


class BetaCitationConfig(BaseModel):
    """Whether citations were enabled for this document."""

    enabled: bool
    """Whether citations were enabled."""
