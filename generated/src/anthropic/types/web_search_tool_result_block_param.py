from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .web_search_tool_result_block_param_content_param import WebSearchToolResultBlockParamContentParam

__all__ = ["WebSearchToolResultBlockParam"]


class WebSearchToolResultBlockParam(TypedDict, total=False):
    """The results of a web search from an earlier turn, passed back."""

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Required[WebSearchToolResultBlockParamContentParam]
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["web_search_tool_result"]]
    """Fixed tag that identifies this kind of object."""
