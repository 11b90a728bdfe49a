from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaURLPDFSourceParam"]


class BetaURLPDFSourceParam(TypedDict, total=False):
    """A PDF fetched from a URL."""

    type: Required[Literal["url"]]
    """Fixed tag that identifies this kind of object."""

    url: Required[str]
    """URL of the PDF."""
