from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = ["ToolUseBlockParam"]


class ToolUseBlockParam(TypedDict, total=False):
    """A call of one of your tools made by the model in an earlier turn."""

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    id: Required[str]
    """ID of this tool call; the matching result refers to it in `tool_use_id`."""

    input: Required[Dict[str, object]]
    """The arguments of the call, as a JSON object shaped by the tool's input schema."""

    name: Required[str]
    """Name of the tool being called."""

    type: Required[Literal["tool_use"]]
    """Fixed tag that identifies this kind of object."""
