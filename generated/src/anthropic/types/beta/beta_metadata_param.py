from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["BetaMetadataParam"]


class BetaMetadataParam(TypedDict, total=False):
    """Information about the request that is not shown to the model."""

    user_id: Optional[str]
    """
    Your own identifier for the end user behind the request, which helps Anthropic detect abuse. Use
    an opaque value such as a UUID or a hash, never a name, email address or phone number.
    """
