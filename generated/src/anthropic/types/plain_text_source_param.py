from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["PlainTextSourceParam"]


class PlainTextSourceParam(TypedDict, total=False):
    """A plain-text document sent inline."""

    data: Required[str]
    """The document's text."""

    media_type: Required[Literal["text/plain"]]
    """MIME type of the data."""

    type: Required[Literal["text"]]
    """Fixed tag that identifies this kind of object."""
