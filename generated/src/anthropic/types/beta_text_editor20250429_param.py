from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaTextEditor20250429Param",
]


class BetaTextEditor20250429Param(TypedDict, total=False):
    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, object]]

    name: Required[Literal["str_replace_based_edit_tool"]]

    strict: bool

    type: Required[Literal["text_editor_20250429"]]
