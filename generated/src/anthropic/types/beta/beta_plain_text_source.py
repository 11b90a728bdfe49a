from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaPlainTextSource"]


class BetaPlainTextSource(BaseModel):
    """A plain-text document sent inline."""

    data: str
    """The document's text."""

    media_type: Literal["text/plain"]
    """MIME type of the data."""

    type: Literal["text"]
    """Fixed tag that identifies this kind of object."""
