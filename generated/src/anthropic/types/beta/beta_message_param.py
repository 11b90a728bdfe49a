from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_content_block_param import BetaContentBlockParam

__all__ = ["BetaMessageParam"]


class BetaMessageParam(TypedDict, total=False):
    """One turn of the conversation sent to the model, from the user or the assistant."""

    content: Required[Union[str, Iterable[BetaContentBlockParam]]]
    """
    What the turn says: a string (short for a single text block) or a list of content blocks such as
    text, images, documents, tool calls and tool results.
    """

    role: Required[Literal["user", "assistant"]]
    """Who wrote this turn, `user` or `assistant`."""
