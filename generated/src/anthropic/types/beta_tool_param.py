from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_input_schema_param import BetaInputSchemaParam

__all__ = [
    "BetaToolParam",
]


class BetaToolParam(TypedDict, total=False):
    type: Optional[Literal["custom"]]

    description: str

    name: Required[str]

    input_schema: Required[BetaInputSchemaParam]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    strict: bool

    eager_input_streaming: Optional[bool]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825"]]

    defer_loading: bool

    input_examples: Iterable[Dict[str, object]]
