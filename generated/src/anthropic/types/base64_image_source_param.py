from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "Base64ImageSourceParam",
]


class Base64ImageSourceParam(TypedDict, total=False):
    data: Required[str]

    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"]]

    type: Required[Literal["base64"]]
