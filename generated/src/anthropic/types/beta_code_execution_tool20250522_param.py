from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaCodeExecutionTool20250522Param",
]


class BetaCodeExecutionTool20250522Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    name: Required[Literal["code_execution"]]

    strict: bool

    type: Required[Literal["code_execution_20250522"]]
