from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaTextEditorCodeExecutionCreateResultBlockParam"]


class BetaTextEditorCodeExecutionCreateResultBlockParam(TypedDict, total=False):
    """Result of creating or overwriting a file in the code execution container."""

    is_file_update: Required[bool]
    """True if an existing file was overwritten, false if a new file was created."""

    type: Required[Literal["text_editor_code_execution_create_result"]]
    """Fixed tag that identifies this kind of object."""
