from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["SkillListResponse"]


class SkillListResponse(BaseModel):
    """A skill, custom or provided by Anthropic."""

    id: str
    """Unique ID of this object. Treat it as opaque; its format may change."""

    created_at: str
    """When this object was created."""

    display_title: Optional[str] = None
    """Human-readable name of the skill; it is not shown to the model."""

    latest_version: Optional[str] = None
    """Identifier of the skill's newest version."""

    source: str
    """Who made the skill, `custom` (your organization) or `anthropic`."""

    type: str
    """Object type; always `skill`."""

    updated_at: str
    """When this object was last changed."""
