from __future__ import annotations

from ...._models import BaseModel

__all__ = ["VersionCreateResponse"]


class VersionCreateResponse(BaseModel):
    """The skill version that was just created."""

    id: str
    """Unique ID of this skill version, separate from its `version` identifier."""

    created_at: str
    """When this object was created."""

    description: str
    """What the skill does, taken from this version's `SKILL.md`."""

    directory: str
    """Name of the top-level directory that the skill's files were uploaded in."""

    name: str
    """Name of the skill, taken from this version's `SKILL.md`."""

    skill_id: str
    """The skill this version is part of, by ID."""

    type: str
    """Object type; always `skill_version`."""

    version: str
    """Version identifier, a Unix epoch timestamp written as a string."""
