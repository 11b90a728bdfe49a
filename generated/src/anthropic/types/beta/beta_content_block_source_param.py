from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_content_block_source_content_param import BetaContentBlockSourceContentParam

__all__ = ["BetaContentBlockSourceParam"]


class BetaContentBlockSourceParam(TypedDict, total=False):
    """A document made of your own text and image blocks; citations point at whole blocks."""

    content: Required[Union[str, Iterable[BetaContentBlockSourceContentParam]]]
    """The document's content, as a string or a list of text and image blocks."""

    type: Required[Literal["content"]]
    """Fixed tag that identifies this kind of object."""
