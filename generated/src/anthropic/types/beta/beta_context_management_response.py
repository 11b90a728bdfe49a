from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_clear_thinking_20251015_edit_response import BetaClearThinking20251015EditResponse
from .beta_clear_tool_uses_20250919_edit_response import BetaClearToolUses20250919EditResponse

__all__ = ["AppliedEdit", "BetaContextManagementResponse"]

AppliedEdit: TypeAlias = Annotated[
    Union[BetaClearToolUses20250919EditResponse, BetaClearThinking20251015EditResponse], Discriminator("type")
]


class BetaContextManagementResponse(BaseModel):
    """The context management edits that were applied to this request."""

    applied_edits: List[AppliedEdit]
    """Each context edit that took effect."""
