from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_list_params import BatchListParams as BatchListParams
    from .beta_deleted_message_batch import BetaDeletedMessageBatch as BetaDeletedMessageBatch
    from .beta_message_batch import BetaMessageBatch as BetaMessageBatch
    from .beta_message_batch_canceled_result import BetaMessageBatchCanceledResult as BetaMessageBatchCanceledResult
    from .beta_message_batch_errored_result import BetaMessageBatchErroredResult as BetaMessageBatchErroredResult
    from .beta_message_batch_expired_result import BetaMessageBatchExpiredResult as BetaMessageBatchExpiredResult
    from .beta_message_batch_individual_response import (
        BetaMessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
    )
    from .beta_message_batch_request_counts import BetaMessageBatchRequestCounts as BetaMessageBatchRequestCounts
    from .beta_message_batch_result import BetaMessageBatchResult as BetaMessageBatchResult
    from .beta_message_batch_succeeded_result import BetaMessageBatchSucceededResult as BetaMessageBatchSucceededResult

_EXPORTS: dict[str, tuple[str, str]] = {
    "BatchCreateParams": (".batch_create_params", "BatchCreateParams"),
    "BatchListParams": (".batch_list_params", "BatchListParams"),
    "BetaDeletedMessageBatch": (".beta_deleted_message_batch", "BetaDeletedMessageBatch"),
    "BetaMessageBatch": (".beta_message_batch", "BetaMessageBatch"),
    "BetaMessageBatchCanceledResult": (".beta_message_batch_canceled_result", "BetaMessageBatchCanceledResult"),
    "BetaMessageBatchErroredResult": (".beta_message_batch_errored_result", "BetaMessageBatchErroredResult"),
    "BetaMessageBatchExpiredResult": (".beta_message_batch_expired_result", "BetaMessageBatchExpiredResult"),
    "BetaMessageBatchIndividualResponse": (
        ".beta_message_batch_individual_response",
        "BetaMessageBatchIndividualResponse",
    ),
    "BetaMessageBatchRequestCounts": (".beta_message_batch_request_counts", "BetaMessageBatchRequestCounts"),
    "BetaMessageBatchResult": (".beta_message_batch_result", "BetaMessageBatchResult"),
    "BetaMessageBatchSucceededResult": (".beta_message_batch_succeeded_result", "BetaMessageBatchSucceededResult"),
}

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "BetaDeletedMessageBatch",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
]


def __getattr__(name: str) -> Any:
    from importlib import import_module

    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        # A submodule reads as an attribute once imported (`package.types.Message` after
        # `import package`), as with an eagerly importing package.
        from importlib.util import find_spec

        if name.isidentifier() and find_spec(f"{__name__}.{name}") is not None:
            return import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
