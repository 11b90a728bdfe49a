from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ThinkingConfigEnabledParam"]


class ThinkingConfigEnabledParam(TypedDict, total=False):
    """Turn extended thinking on with a fixed token budget."""

    budget_tokens: Required[int]
    """
    How many tokens the model may spend thinking. At least 1024 and less than `max_tokens`; a larger
    budget allows deeper reasoning on hard problems.
    """

    type: Required[Literal["enabled"]]
    """Fixed tag that identifies this kind of object."""
