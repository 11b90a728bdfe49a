from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = ["InputSchema", "InputSchemaTyped", "ToolParam"]


class InputSchemaTyped(TypedDict, total=False):
    """JSON Schema of a tool's input; its top level must be an object."""

    properties: Optional[Dict[str, object]]
    """The input's fields, as a JSON Schema `properties` map."""

    required: Optional[SequenceNotStr[str]]
    """Names of the input fields that must be present."""

    type: Required[Literal["object"]]
    """Always `object`; a tool's input is a JSON object."""


InputSchema: TypeAlias = Union[InputSchemaTyped, Dict[str, object]]


class ToolParam(TypedDict, total=False):
    """
    A tool you define and run yourself: the model sees its name, description and input schema, and
    asks for it with `tool_use` blocks.
    """

    type: Optional[Literal["custom"]]
    """`custom`, or left out, for a tool that you define and run."""

    description: str
    """What the tool does and when to use it; the more detail, the better the model uses it."""

    name: Required[str]
    """
    Name the model uses to call the tool, as it will appear in `tool_use` blocks (1 to 128
    characters).
    """

    input_schema: Required[InputSchema]
    """JSON Schema of the tool's input; the model's `input` in `tool_use` blocks follows it."""

    cache_control: Optional[CacheControlEphemeralParam]
    """
    Prompt-caching breakpoint: the prompt up to and including this item may be cached, so later
    requests with the same prefix are cheaper and faster.
    """

    strict: bool
    """
    If true, the model's calls to this tool are guaranteed to match its name and input schema
    exactly.
    """

    eager_input_streaming: Optional[bool]
    """
    Whether to stream this tool's input as it is generated, without waiting for the complete JSON.
    Null uses the default set by the enabled betas.
    """
