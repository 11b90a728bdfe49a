from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolSearchToolBM2520251119Param",
]


class BetaToolSearchToolBM2520251119Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    name: Required[Literal["tool_search_tool_bm25"]]

    strict: bool

    type: Required[Literal["tool_search_tool_bm25_20251119", "tool_search_tool_bm25"]]
