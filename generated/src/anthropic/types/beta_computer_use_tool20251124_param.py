from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaComputerUseTool20251124Param",
]


class BetaComputerUseTool20251124Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    display_height_px: Required[int]

    display_number: Optional[int]

    display_width_px: Required[int]

    enable_zoom: bool

    input_examples: Iterable[Dict[str, object]]

    name: Required[Literal["computer"]]

    strict: bool

    type: Required[Literal["computer_20251124"]]
