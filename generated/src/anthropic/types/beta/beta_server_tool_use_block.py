from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller

__all__ = ["BetaServerToolUseBlock", "Caller"]

Caller: TypeAlias = Annotated[Union[BetaDirectCaller, BetaServerToolCaller], Discriminator("type")]


class BetaServerToolUseBlock(BaseModel):
    """A call of a server-side tool, which Anthropic runs for you."""

    id: str
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Dict[str, object]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: Literal[
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
    ]
    """Name of the server-side tool being called."""

    type: Literal["server_tool_use"]
    """Fixed tag that identifies this kind of object."""

    caller: Optional[Caller] = None
    """Who made this tool call, the model directly or code running in the code execution tool."""
