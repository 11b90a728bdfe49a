from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "JsonOutputFormatParam",
]


class JsonOutputFormatParam(TypedDict, total=False):
    schema: Required[Dict[str, object]]

    type: Required[Literal["json_schema"]]
