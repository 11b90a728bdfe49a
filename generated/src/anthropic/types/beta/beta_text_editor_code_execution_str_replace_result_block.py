from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaTextEditorCodeExecutionStrReplaceResultBlock"]


class BetaTextEditorCodeExecutionStrReplaceResultBlock(BaseModel):
    """Result of replacing text in a file in the code execution container."""

    lines: Optional[List[str]] = None
    """The changed lines, in diff form."""

    new_lines: Optional[int] = None
    """How many lines of the updated file the change covers."""

    new_start: Optional[int] = None
    """Line in the updated file where the change starts."""

    old_lines: Optional[int] = None
    """How many lines of the original file the change covers."""

    old_start: Optional[int] = None
    """Line in the original file where the change starts."""

    type: Literal["text_editor_code_execution_str_replace_result"]
    """Fixed tag that identifies this kind of object."""
