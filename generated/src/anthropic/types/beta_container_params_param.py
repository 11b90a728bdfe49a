from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from .beta_skill_params_param import BetaSkillParamsParam

__all__ = [
    "BetaContainerParamsParam",
]


class BetaContainerParamsParam(TypedDict, total=False):
    id: Optional[str]

    skills: Optional[Iterable[BetaSkillParamsParam]]
