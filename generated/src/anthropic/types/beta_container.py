from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from .._models import BaseModel
from .beta_skill import BetaSkill

__all__ = [
    "BetaContainer",
]


class BetaContainer(BaseModel):
    expires_at: datetime
    id: str
    skills: Optional[List[BetaSkill]] = None
