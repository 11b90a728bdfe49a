from __future__ import annotations

from ..._models import BaseModel

__all__ = ["SkillDeleteResponse"]


class SkillDeleteResponse(BaseModel):
    """Confirmation that a skill was deleted."""

    id: str
    """ID that the deleted skill had."""

    type: str
    """Object type; always `skill_deleted`."""
