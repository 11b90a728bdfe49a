from __future__ import annotations

from typing_extensions import Required, TypedDict

from .beta_create_message_params_param import BetaCreateMessageParamsParam

__all__ = [
    "BetaMessageBatchIndividualRequestParamsParam",
]


class BetaMessageBatchIndividualRequestParamsParam(TypedDict, total=False):
    custom_id: Required[str]

    params: Required[BetaCreateMessageParamsParam]
