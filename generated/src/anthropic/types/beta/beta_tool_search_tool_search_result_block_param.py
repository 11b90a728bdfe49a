from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_tool_reference_block_param import BetaToolReferenceBlockParam

__all__ = ["BetaToolSearchToolSearchResultBlockParam"]


class BetaToolSearchToolSearchResultBlockParam(TypedDict, total=False):
    """The tools a tool search found."""

    tool_references: Required[Iterable[BetaToolReferenceBlockParam]]
    """The tools the search matched."""

    type: Required[Literal["tool_search_tool_search_result"]]
    """Fixed tag that identifies this kind of object."""
