from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_request_code_execution_output_block_param import (
    BetaRequestCodeExecutionOutputBlockParam,
)

__all__ = [
    "BetaRequestCodeExecutionResultBlockParam",
]


class BetaRequestCodeExecutionResultBlockParam(TypedDict, total=False):
    content: Required[Iterable[BetaRequestCodeExecutionOutputBlockParam]]

    return_code: Required[int]

    stderr: Required[str]

    stdout: Required[str]

    type: Required[Literal["code_execution_result"]]
