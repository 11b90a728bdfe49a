from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .input_schema_param import InputSchemaParam

__all__ = [
    "ToolParam",
]


class ToolParam(TypedDict, total=False):
    type: Optional[Literal["custom"]]

    description: str

    name: Required[str]

    input_schema: Required[InputSchemaParam]

    cache_control: Optional[CacheControlEphemeralParam]

    strict: bool

    eager_input_streaming: Optional[bool]
