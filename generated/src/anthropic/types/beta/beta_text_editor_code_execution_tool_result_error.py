from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaTextEditorCodeExecutionToolResultError"]


class BetaTextEditorCodeExecutionToolResultError(BaseModel):
    """A file operation in the code execution container that failed."""

    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"
    ]
    """Machine-readable reason for the failure."""

    error_message: Optional[str] = None
    """More detail about the failure, when available."""

    type: Literal["text_editor_code_execution_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
