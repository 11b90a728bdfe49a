from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_bash_code_execution_output_block_param import BetaBashCodeExecutionOutputBlockParam

__all__ = ["BetaBashCodeExecutionResultBlockParam"]


class BetaBashCodeExecutionResultBlockParam(TypedDict, total=False):
    """Output of a finished bash command in the code execution container."""

    content: Required[Iterable[BetaBashCodeExecutionOutputBlockParam]]
    """Files that the run created."""

    return_code: Required[int]
    """Exit code of the command; 0 means success."""

    stderr: Required[str]
    """What the command wrote to standard error."""

    stdout: Required[str]
    """What the command wrote to standard output."""

    type: Required[Literal["bash_code_execution_result"]]
    """Fixed tag that identifies this kind of object."""
