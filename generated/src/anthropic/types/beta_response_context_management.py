from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated

from .._models import BaseModel, Discriminator
from .beta_response_clear_thinking20251015_edit import (
    BetaResponseClearThinking20251015Edit,
)
from .beta_response_clear_tool_uses20250919_edit import (
    BetaResponseClearToolUses20250919Edit,
)

__all__ = [
    "BetaResponseContextManagement",
]


class BetaResponseContextManagement(BaseModel):
    applied_edits: List[
        Annotated[
            Union[
                BetaResponseClearToolUses20250919Edit,
                BetaResponseClearThinking20251015Edit,
            ],
            Discriminator("type"),
        ]
    ]
