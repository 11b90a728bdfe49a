from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaSkillParamsParam",
]


class BetaSkillParamsParam(TypedDict, total=False):
    skill_id: Required[str]

    type: Required[Literal["anthropic", "custom"]]

    version: str
