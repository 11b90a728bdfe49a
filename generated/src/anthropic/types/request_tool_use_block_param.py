from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "RequestToolUseBlockParam",
]


class RequestToolUseBlockParam(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[str]

    type: Required[Literal["tool_use"]]
