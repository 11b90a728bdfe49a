from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaBashTool20250124Param",
]


class BetaBashTool20250124Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, object]]

    name: Required[Literal["bash"]]

    strict: bool

    type: Required[Literal["bash_20250124"]]
