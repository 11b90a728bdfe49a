from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_tool_search_tool_result_error_param import BetaToolSearchToolResultErrorParam
from .beta_tool_search_tool_search_result_block_param import BetaToolSearchToolSearchResultBlockParam

__all__ = ["BetaToolSearchToolResultBlockParam", "Content"]

Content: TypeAlias = Union[BetaToolSearchToolResultErrorParam, BetaToolSearchToolSearchResultBlockParam]


class BetaToolSearchToolResultBlockParam(TypedDict, total=False):
    """The outcome of a tool search from an earlier turn, passed back."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Required[Content]
    """The outcome of the tool call: its result, or an error explaining why it failed."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["tool_search_tool_result"]]
    """Fixed tag that identifies this kind of object."""
