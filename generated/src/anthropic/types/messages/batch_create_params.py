from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ..message_batch_individual_request_params_param import (
    MessageBatchIndividualRequestParamsParam,
)

__all__ = [
    "BatchCreateParams",
]


class BatchCreateParams(TypedDict, total=False):
    requests: Required[Iterable[MessageBatchIndividualRequestParamsParam]]
