from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RedactedThinkingBlockParam"]


class RedactedThinkingBlockParam(TypedDict, total=False):
    """An encrypted thinking block from an earlier response, passed back unchanged."""

    data: Required[str]
    """The thinking in encrypted form; send it back unchanged."""

    type: Required[Literal["redacted_thinking"]]
    """Fixed tag that identifies this kind of object."""
