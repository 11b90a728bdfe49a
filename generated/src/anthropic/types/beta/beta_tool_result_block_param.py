from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_image_block_param import BetaImageBlockParam
from .beta_request_document_block_param import BetaRequestDocumentBlockParam
from .beta_search_result_block_param import BetaSearchResultBlockParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_tool_reference_block_param import BetaToolReferenceBlockParam

__all__ = ["BetaToolResultBlockParam", "Content"]

Content: TypeAlias = Union[
    BetaTextBlockParam,
    BetaImageBlockParam,
    BetaSearchResultBlockParam,
    BetaRequestDocumentBlockParam,
    BetaToolReferenceBlockParam,
]


class BetaToolResultBlockParam(TypedDict, total=False):
    """The outcome of running one of your tools, answering a `tool_use` block."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
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
