from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, Required, TypedDict

__all__ = ["JSONOutputFormatParam"]


class JSONOutputFormatParam(TypedDict, total=False):
    """Structured output format that makes the model answer with JSON matching a schema."""

    schema: Required[Dict[str, object]]
    """The JSON Schema that the output must conform to."""

    type: Required[Literal["json_schema"]]
    """Fixed tag that identifies this kind of object."""
