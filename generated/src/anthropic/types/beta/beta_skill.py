from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaSkill"]


class BetaSkill(BaseModel):
    """A skill present in the container for this request."""

    skill_id: str
    """ID of the loaded skill."""

    type: Literal["anthropic", "custom"]
    """
    `anthropic` for a skill provided by Anthropic, `custom` for one uploaded by your organization.
    """

    version: str
    """Version that was loaded, or `latest`."""
