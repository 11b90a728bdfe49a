from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from .beta_skill_params import BetaSkillParams

__all__ = ["BetaContainerParams"]


class BetaContainerParams(TypedDict, total=False):
    """Which container to use for this request, and the skills to load into it."""

    id: Optional[str]
    """ID of an existing container to reuse."""

    skills: Optional[Iterable[BetaSkillParams]]
    """Skills to make available inside the container."""
