from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaServerToolCallerParam"]


class BetaServerToolCallerParam(TypedDict, total=False):
    """The tool was called from code running in the code execution tool."""

    tool_id: Required[str]
    """ID of the code execution tool use whose code made this call."""

    type: Required[Literal["code_execution_20250825"]]
    """The code execution tool (and version) whose code made the call."""
