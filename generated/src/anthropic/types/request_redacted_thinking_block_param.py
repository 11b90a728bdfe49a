from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RequestRedactedThinkingBlockParam",
]


class RequestRedactedThinkingBlockParam(TypedDict, total=False):
    data: Required[str]

    type: Required[Literal["redacted_thinking"]]
