from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaInputTokensClearAtLeastParam"]


class BetaInputTokensClearAtLeastParam(TypedDict, total=False):
    """Minimum number of input tokens a clearing edit must free for it to be applied."""

    type: Required[Literal["input_tokens"]]
    """Unit of `value`; always `input_tokens`."""

    value: Required[int]
    """Minimum number of input tokens to free."""
