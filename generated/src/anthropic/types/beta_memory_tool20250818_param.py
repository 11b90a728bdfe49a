from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaMemoryTool20250818Param",
]


class BetaMemoryTool20250818Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, object]]

    name: Required[Literal["memory"]]

    strict: bool

    type: Required[Literal["memory_20250818"]]
