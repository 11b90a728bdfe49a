from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import TypedDict

from .beta_clear_thinking20251015_param import BetaClearThinking20251015Param
from .beta_clear_tool_uses20250919_param import BetaClearToolUses20250919Param
from .beta_compact20260112_param import BetaCompact20260112Param

__all__ = [
    "BetaContextManagementConfigParam",
]


class BetaContextManagementConfigParam(TypedDict, total=False):
    edits: Iterable[
        Union[
            BetaClearToolUses20250919Param,
            BetaClearThinking20251015Param,
            BetaCompact20260112Param,
        ]
    ]
