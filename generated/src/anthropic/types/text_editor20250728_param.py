from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "TextEditor20250728Param",
]


class TextEditor20250728Param(TypedDict, total=False):
    cache_control: Optional[CacheControlEphemeralParam]

    max_characters: Optional[int]

    name: Required[Literal["str_replace_based_edit_tool"]]

    strict: bool

    type: Required[Literal["text_editor_20250728"]]
