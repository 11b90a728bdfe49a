from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller

__all__ = [
    "BetaResponseToolUseBlock",
]


class BetaResponseToolUseBlock(BaseModel):
    caller: Optional[
        Annotated[Union[BetaDirectCaller, BetaServerToolCaller], Discriminator("type")]
    ] = None
    id: str
    input: Dict[str, object]
    name: str
    type: Literal["tool_use"]
