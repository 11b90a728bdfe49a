from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr

__all__ = ["BetaTextEditorCodeExecutionStrReplaceResultBlockParam"]


class BetaTextEditorCodeExecutionStrReplaceResultBlockParam(TypedDict, total=False):
    """Result of replacing text in a file in the code execution container."""

    lines: Optional[SequenceNotStr[str]]
    """The changed lines, in diff form."""

    new_lines: Optional[int]
    """How many lines of the updated file the change covers."""

    new_start: Optional[int]
    """Line in the updated file where the change starts."""

    old_lines: Optional[int]
    """How many lines of the original file the change covers."""

    old_start: Optional[int]
    """Line in the original file where the change starts."""

    type: Required[Literal["text_editor_code_execution_str_replace_result"]]
    """Fixed tag that identifies this kind of object."""
