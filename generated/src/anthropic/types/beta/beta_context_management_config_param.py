from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import TypeAlias, TypedDict

from .beta_clear_thinking_20251015_edit_param import BetaClearThinking20251015EditParam
from .beta_clear_tool_uses_20250919_edit_param import BetaClearToolUses20250919EditParam
from .beta_compact_20260112_edit_param import BetaCompact20260112EditParam

__all__ = ["BetaContextManagementConfigParam", "Edit"]

Edit: TypeAlias = Union[
    BetaClearToolUses20250919EditParam, BetaClearThinking20251015EditParam, BetaCompact20260112EditParam
]


class BetaContextManagementConfigParam(TypedDict, total=False):
    """Rules for trimming or compacting the conversation automatically as it grows."""

    edits: Iterable[Edit]
    """The context edits to apply, in order."""
