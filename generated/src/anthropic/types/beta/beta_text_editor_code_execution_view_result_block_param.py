from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaTextEditorCodeExecutionViewResultBlockParam"]


class BetaTextEditorCodeExecutionViewResultBlockParam(TypedDict, total=False):
    """Contents of a file viewed in the code execution container."""

    content: Required[str]
    """The part of the file that is shown."""

    file_type: Required[Literal["text", "image", "pdf"]]
    """Kind of file that was viewed."""

    num_lines: Optional[int]
    """How many lines are shown."""

    start_line: Optional[int]
    """Line number of the first line shown."""

    total_lines: Optional[int]
    """How many lines the whole file has."""

    type: Required[Literal["text_editor_code_execution_view_result"]]
    """Fixed tag that identifies this kind of object."""
