from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaRequestThinkingBlockParam",
]


class BetaRequestThinkingBlockParam(TypedDict, total=False):
    signature: Required[str]

    thinking: Required[str]

    type: Required[Literal["thinking"]]
