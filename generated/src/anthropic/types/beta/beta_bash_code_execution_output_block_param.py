from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaBashCodeExecutionOutputBlockParam"]


class BetaBashCodeExecutionOutputBlockParam(TypedDict, total=False):
    """A file written by a bash command in the code execution container."""

    file_id: Required[str]
    """ID of the created file; download it through the Files API."""

    type: Required[Literal["bash_code_execution_output"]]
    """Fixed tag that identifies this kind of object."""
