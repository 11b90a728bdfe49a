from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaCodeExecutionOutputBlockParam"]


class BetaCodeExecutionOutputBlockParam(TypedDict, total=False):
    """A file written by a code execution run."""

    file_id: Required[str]
    """ID of the created file; download it through the Files API."""

    type: Required[Literal["code_execution_output"]]
    """Fixed tag that identifies this kind of object."""
