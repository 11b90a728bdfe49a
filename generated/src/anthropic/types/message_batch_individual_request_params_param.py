from __future__ import annotations

from typing_extensions import Required, TypedDict

from .create_message_params_param import CreateMessageParamsParam

__all__ = [
    "MessageBatchIndividualRequestParamsParam",
]


class MessageBatchIndividualRequestParamsParam(TypedDict, total=False):
    custom_id: Required[str]

    params: Required[CreateMessageParamsParam]
