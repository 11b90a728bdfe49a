from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_request_tool_reference_block_param import BetaRequestToolReferenceBlockParam

__all__ = [
    "BetaRequestToolSearchToolSearchResultBlockParam",
]


class BetaRequestToolSearchToolSearchResultBlockParam(TypedDict, total=False):
    tool_references: Required[Iterable[BetaRequestToolReferenceBlockParam]]

    type: Required[Literal["tool_search_tool_search_result"]]
