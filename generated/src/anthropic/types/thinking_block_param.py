from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ThinkingBlockParam"]


class ThinkingBlockParam(TypedDict, total=False):
    """A thinking block from an earlier response, passed back unchanged."""

    signature: Required[str]
    """
    Signature that lets the API check that the thinking was produced by the model; send it back
    unchanged.
    """

    thinking: Required[str]
    """The model's step-by-step reasoning, as text."""

    type: Required[Literal["thinking"]]
    """Fixed tag that identifies this kind of object."""
