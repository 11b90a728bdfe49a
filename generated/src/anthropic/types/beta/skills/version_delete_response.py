from __future__ import annotations

from ...._models import BaseModel

__all__ = ["VersionDeleteResponse"]


class VersionDeleteResponse(BaseModel):
    """Confirmation that a skill version was deleted."""

    id: str
    """Version identifier of the deleted skill version."""

    type: str
    """Object type; always `skill_version_deleted`."""
