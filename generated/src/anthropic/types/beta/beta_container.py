from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from ..._models import BaseModel
from .beta_skill import BetaSkill

__all__ = ["BetaContainer"]


class BetaContainer(BaseModel):
    """The sandbox container used by this request's server-side tools."""

    id: str
    """ID of the container; pass it as `container` in a later request to reuse it."""

    expires_at: datetime
    """When the container will be removed."""

    skills: Optional[List[BetaSkill]] = None
    """Skills that the container had available."""
