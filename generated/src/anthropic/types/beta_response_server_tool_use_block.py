from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller

__all__ = [
    "BetaResponseServerToolUseBlock",
]


class BetaResponseServerToolUseBlock(BaseModel):
    caller: Optional[
        Annotated[Union[BetaDirectCaller, BetaServerToolCaller], Discriminator("type")]
    ] = None
    id: str
    input: Dict[str, object]
    name: Literal[
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
    ]
    type: Literal["server_tool_use"]
