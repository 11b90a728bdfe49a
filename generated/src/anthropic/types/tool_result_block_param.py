from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .document_block_param import DocumentBlockParam
from .image_block_param import ImageBlockParam
from .search_result_block_param import SearchResultBlockParam
from .text_block_param import TextBlockParam

__all__ = ["Content", "ToolResultBlockParam"]

Content: TypeAlias = Union[TextBlockParam, ImageBlockParam, SearchResultBlockParam, DocumentBlockParam]


class ToolResultBlockParam(TypedDict, total=False):
    """The outcome of running one of your tools, answering a `tool_use` block."""

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    content: Union[str, Iterable[Content]]
    """What the tool produced, as a string or a list of blocks such as text and images."""

    is_error: bool
    """Whether the tool call failed, in which case the content describes the error."""

    tool_use_id: Required[str]
    """ID of the tool use block that this result answers."""

    type: Required[Literal["tool_result"]]
    """Fixed tag that identifies this kind of object."""
