from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaInputTokensTriggerParam"]


class BetaInputTokensTriggerParam(TypedDict, total=False):
    """Trigger that fires once the prompt reaches a number of input tokens."""

    type: Required[Literal["input_tokens"]]
    """Unit of `value`; always `input_tokens`."""

    value: Required[int]
    """Number of input tokens at which the edit starts."""
