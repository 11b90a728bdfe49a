from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaTextEditorCodeExecutionToolResultErrorParam"]


class BetaTextEditorCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """A file operation in the code execution container that failed."""

    error_code: Required[
        Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"]
    ]
    """Machine-readable reason for the failure."""

    error_message: Optional[str]
    """More detail about the failure, when available."""

    type: Required[Literal["text_editor_code_execution_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
