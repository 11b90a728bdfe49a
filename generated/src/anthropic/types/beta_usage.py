from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_cache_creation import BetaCacheCreation
from .beta_compaction_iteration_usage import BetaCompactionIterationUsage
from .beta_message_iteration_usage import BetaMessageIterationUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = [
    "BetaUsage",
]


class BetaUsage(BaseModel):
    cache_creation: Optional[BetaCacheCreation] = None
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    inference_geo: Optional[str] = None
    input_tokens: int
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
    service_tier: Optional[Literal["standard", "priority", "batch"]] = None
    speed: Optional[Literal["standard", "fast"]] = None
