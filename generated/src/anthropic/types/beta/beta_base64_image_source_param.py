from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaBase64ImageSourceParam"]


class BetaBase64ImageSourceParam(TypedDict, total=False):
    """An image sent inline as base64 data."""

    data: Required[str]
    """The image file, base64-encoded."""

    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"]]
    """Image format, one of JPEG, PNG, GIF or WebP."""

    type: Required[Literal["base64"]]
    """Fixed tag that identifies this kind of object."""
