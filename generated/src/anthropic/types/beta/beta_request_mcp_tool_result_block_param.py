from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_text_block_param import BetaTextBlockParam

__all__ = ["BetaRequestMCPToolResultBlockParam"]


class BetaRequestMCPToolResultBlockParam(TypedDict, total=False):
    """The outcome of an MCP server tool call, passed back."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Union[str, Iterable[BetaTextBlockParam]]
    """What the MCP tool returned, as a string or a list of text blocks."""

    is_error: bool
    """Whether the tool call failed, in which case the content describes the error."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["mcp_tool_result"]]
    """Fixed tag that identifies this kind of object."""
