from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_request_bash_code_execution_output_block_param import (
    BetaRequestBashCodeExecutionOutputBlockParam,
)

__all__ = [
    "BetaRequestBashCodeExecutionResultBlockParam",
]


class BetaRequestBashCodeExecutionResultBlockParam(TypedDict, total=False):
    content: Required[Iterable[BetaRequestBashCodeExecutionOutputBlockParam]]

    return_code: Required[int]

    stderr: Required[str]

    stdout: Required[str]

    type: Required[Literal["bash_code_execution_result"]]
