from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaFileDocumentSourceParam"]


class BetaFileDocumentSourceParam(TypedDict, total=False):
    """A document uploaded earlier through the Files API."""

    file_id: Required[str]
    """ID of a file stored through the Files API."""

    type: Required[Literal["file"]]
    """Fixed tag that identifies this kind of object."""
