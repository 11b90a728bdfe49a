from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_list_params import BatchListParams as BatchListParams
    from .deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch
    from .message_batch import MessageBatch as MessageBatch
    from .message_batch_canceled_result import MessageBatchCanceledResult as MessageBatchCanceledResult
    from .message_batch_errored_result import MessageBatchErroredResult as MessageBatchErroredResult
    from .message_batch_expired_result import MessageBatchExpiredResult as MessageBatchExpiredResult
    from .message_batch_individual_response import MessageBatchIndividualResponse as MessageBatchIndividualResponse
    from .message_batch_request_counts import MessageBatchRequestCounts as MessageBatchRequestCounts
    from .message_batch_result import MessageBatchResult as MessageBatchResult
    from .message_batch_succeeded_result import MessageBatchSucceededResult as MessageBatchSucceededResult

_EXPORTS: dict[str, tuple[str, str]] = {
    "BatchCreateParams": (".batch_create_params", "BatchCreateParams"),
    "BatchListParams": (".batch_list_params", "BatchListParams"),
    "DeletedMessageBatch": (".deleted_message_batch", "DeletedMessageBatch"),
    "MessageBatch": (".message_batch", "MessageBatch"),
    "MessageBatchCanceledResult": (".message_batch_canceled_result", "MessageBatchCanceledResult"),
    "MessageBatchErroredResult": (".message_batch_errored_result", "MessageBatchErroredResult"),
    "MessageBatchExpiredResult": (".message_batch_expired_result", "MessageBatchExpiredResult"),
    "MessageBatchIndividualResponse": (".message_batch_individual_response", "MessageBatchIndividualResponse"),
    "MessageBatchRequestCounts": (".message_batch_request_counts", "MessageBatchRequestCounts"),
    "MessageBatchResult": (".message_batch_result", "MessageBatchResult"),
    "MessageBatchSucceededResult": (".message_batch_succeeded_result", "MessageBatchSucceededResult"),
}

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "DeletedMessageBatch",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchRequestCounts",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
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
