from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaTextEditorCodeExecutionViewResultBlock"]


class BetaTextEditorCodeExecutionViewResultBlock(BaseModel):
    """Contents of a file viewed in the code execution container."""

    content: str
    """The part of the file that is shown."""

    file_type: Literal["text", "image", "pdf"]
    """Kind of file that was viewed."""

    num_lines: Optional[int] = None
    """How many lines are shown."""

    start_line: Optional[int] = None
    """Line number of the first line shown."""

    total_lines: Optional[int] = None
    """How many lines the whole file has."""

    type: Literal["text_editor_code_execution_view_result"]
    """Fixed tag that identifies this kind of object."""
