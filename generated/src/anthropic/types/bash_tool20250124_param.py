from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "BashTool20250124Param",
]


class BashTool20250124Param(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    name: Required[Literal["bash"]]

    strict: bool

    type: Required[Literal["bash_20250124"]]
