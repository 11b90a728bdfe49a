from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaSkillParams"]


class BetaSkillParams(TypedDict, total=False):
    """A skill to load into the container."""

    skill_id: Required[str]
    """ID of the skill to load."""

    type: Required[Literal["anthropic", "custom"]]
    """
    `anthropic` for a skill provided by Anthropic, `custom` for one uploaded by your organization.
    """

    version: str
    """Version to load, or `latest` for the newest one."""
