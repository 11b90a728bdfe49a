from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "BetaInputSchemaParam",
]


class BetaInputSchemaParam(TypedDict, total=False):
    properties: Optional[Dict[str, object]]

    required: Optional[SequenceNotStr[str]]

    type: Required[Literal["object"]]
