from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaTextEditorCodeExecutionCreateResultBlock"]


class BetaTextEditorCodeExecutionCreateResultBlock(BaseModel):
    """Result of creating or overwriting a file in the code execution container."""

    is_file_update: bool
    """True if an existing file was overwritten, false if a new file was created."""

    type: Literal["text_editor_code_execution_create_result"]
    """Fixed tag that identifies this kind of object."""
