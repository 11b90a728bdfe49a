from __future__ import annotations

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel

__all__ = ["InputJSONDelta", "InputJsonDelta"]


class InputJSONDelta(BaseModel):
    """A fragment of the JSON input of a tool use block."""

    partial_json: str
    """
    A fragment of the tool input's JSON text. Join the fragments in order and parse the result once
    the block ends.
    """

    type: Literal["input_json_delta"]
    """Fixed tag that identifies this kind of object."""


InputJsonDelta: TypeAlias = InputJSONDelta
