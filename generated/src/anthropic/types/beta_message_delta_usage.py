from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated

from .._models import BaseModel, Discriminator
from .beta_compaction_iteration_usage import BetaCompactionIterationUsage
from .beta_message_iteration_usage import BetaMessageIterationUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = [
    "BetaMessageDeltaUsage",
]


class BetaMessageDeltaUsage(BaseModel):
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    input_tokens: Optional[int] = None
    iterations: Optional[
        List[
            Annotated[
                Union[BetaMessageIterationUsage, BetaCompactionIterationUsage],
                Discriminator("type"),
            ]
        ]
    ] = None
    output_tokens: int
    server_tool_use: Optional[BetaServerToolUsage] = None
