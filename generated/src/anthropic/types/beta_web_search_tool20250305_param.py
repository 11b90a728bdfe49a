from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_user_location_param import BetaUserLocationParam

__all__ = [
    "BetaWebSearchTool20250305Param",
]


class BetaWebSearchTool20250305Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    max_uses: Optional[int]

    name: Required[Literal["web_search"]]

    strict: bool

    type: Required[Literal["web_search_20250305"]]

    user_location: Optional[BetaUserLocationParam]
