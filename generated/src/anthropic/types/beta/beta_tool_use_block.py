from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller

__all__ = ["BetaToolUseBlock", "Caller"]

Caller: TypeAlias = Annotated[Union[BetaDirectCaller, BetaServerToolCaller], Discriminator("type")]


class BetaToolUseBlock(BaseModel):
    """A request from the model to run one of your tools with the given input."""

    id: str
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Dict[str, object]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: str
    """Name of the tool being called."""

    type: Literal["tool_use"]
    """Fixed tag that identifies this kind of object."""

    caller: Optional[Caller] = None
    """Who made this tool call, the model directly or code running in the code execution tool."""
