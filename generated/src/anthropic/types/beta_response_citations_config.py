from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "BetaResponseCitationsConfig",
]


class BetaResponseCitationsConfig(BaseModel):
    enabled: bool
