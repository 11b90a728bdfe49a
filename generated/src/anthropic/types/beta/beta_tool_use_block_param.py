from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_direct_caller_param import BetaDirectCallerParam
from .beta_server_tool_caller_param import BetaServerToolCallerParam

__all__ = ["BetaToolUseBlockParam", "Caller"]

Caller: TypeAlias = Union[BetaDirectCallerParam, BetaServerToolCallerParam]


class BetaToolUseBlockParam(TypedDict, total=False):
    """A call of one of your tools made by the model in an earlier turn."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    caller: Caller
    """Who made this tool call, the model directly or code running in the code execution tool."""

    id: Required[str]
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Required[Dict[str, object]]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: Required[str]
    """Name of the tool being called."""

    type: Required[Literal["tool_use"]]
    """Fixed tag that identifies this kind of object."""
