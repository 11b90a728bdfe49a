from __future__ import annotations

from typing import Iterable, List, Optional

from typing_extensions import Annotated, TypedDict

from ..._types import FileTypes, PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = ["SkillCreateParams"]


class SkillCreateParams(TypedDict, total=False):
    """The form fields for creating a skill."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """

    display_title: Optional[str]
    """Human-readable name of the skill; it is not shown to the model."""

    files: Optional[Iterable[FileTypes]]
    """
    The skill's files. They must all be in one top-level directory, with a `SKILL.md` file at its
    root.
    """
