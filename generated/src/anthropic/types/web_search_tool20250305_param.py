from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .user_location_param import UserLocationParam

__all__ = [
    "WebSearchTool20250305Param",
]


class WebSearchTool20250305Param(TypedDict, total=False):
    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[CacheControlEphemeralParam]

    max_uses: Optional[int]

    name: Required[Literal["web_search"]]

    strict: bool

    type: Required[Literal["web_search_20250305"]]

    user_location: Optional[UserLocationParam]
