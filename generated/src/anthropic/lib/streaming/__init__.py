"""Streaming helpers: `client.messages.stream()` and `client.beta.messages.stream()`.

```python
with client.messages.stream(max_tokens=1024, messages=[...], model="claude-sonnet-4-5") as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
message = stream.get_final_message()
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._beta_messages import (
        BetaAsyncMessageStream,
        BetaAsyncMessageStreamManager,
        BetaMessageStream,
        BetaMessageStreamManager,
    )
    from ._beta_types import (
        BetaCitationEvent,
        BetaCompactionEvent,
        BetaContentBlockStopEvent,
        BetaInputJsonEvent,
        BetaMessageStopEvent,
        BetaMessageStreamEvent,
        BetaSignatureEvent,
        BetaTextEvent,
        BetaThinkingEvent,
        ParsedBetaContentBlockStopEvent,
        ParsedBetaMessageStopEvent,
        ParsedBetaMessageStreamEvent,
        ParsedBetaTextEvent,
    )
    from ._messages import AsyncMessageStream, AsyncMessageStreamManager, MessageStream, MessageStreamManager
    from ._types import (
        CitationEvent,
        ContentBlockStopEvent,
        InputJsonEvent,
        MessageStopEvent,
        MessageStreamEvent,
        ParsedContentBlockStopEvent,
        ParsedMessageStopEvent,
        ParsedMessageStreamEvent,
        SignatureEvent,
        TextEvent,
        ThinkingEvent,
    )

__all__ = [
    "MessageStream",
    "AsyncMessageStream",
    "MessageStreamManager",
    "AsyncMessageStreamManager",
    "BetaMessageStream",
    "BetaAsyncMessageStream",
    "BetaMessageStreamManager",
    "BetaAsyncMessageStreamManager",
    "TextEvent",
    "CitationEvent",
    "ThinkingEvent",
    "SignatureEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "ContentBlockStopEvent",
    "MessageStreamEvent",
    "ParsedMessageStopEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStreamEvent",
    "BetaTextEvent",
    "BetaCitationEvent",
    "BetaThinkingEvent",
    "BetaSignatureEvent",
    "BetaInputJsonEvent",
    "BetaCompactionEvent",
    "BetaMessageStopEvent",
    "BetaContentBlockStopEvent",
    "BetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStreamEvent",
]

# Each name is imported on first use, so that `client.messages.stream()` loads only the
# plain-API modules and the beta ones load with `client.beta.messages.stream()`.
_MODULES = {
    "BetaAsyncMessageStream": "_beta_messages",
    "BetaAsyncMessageStreamManager": "_beta_messages",
    "BetaMessageStream": "_beta_messages",
    "BetaMessageStreamManager": "_beta_messages",
    "BetaCitationEvent": "_beta_types",
    "BetaCompactionEvent": "_beta_types",
    "BetaContentBlockStopEvent": "_beta_types",
    "BetaInputJsonEvent": "_beta_types",
    "BetaMessageStopEvent": "_beta_types",
    "BetaMessageStreamEvent": "_beta_types",
    "BetaSignatureEvent": "_beta_types",
    "BetaTextEvent": "_beta_types",
    "BetaThinkingEvent": "_beta_types",
    "ParsedBetaContentBlockStopEvent": "_beta_types",
    "ParsedBetaMessageStopEvent": "_beta_types",
    "ParsedBetaMessageStreamEvent": "_beta_types",
    "ParsedBetaTextEvent": "_beta_types",
    "AsyncMessageStream": "_messages",
    "AsyncMessageStreamManager": "_messages",
    "MessageStream": "_messages",
    "MessageStreamManager": "_messages",
    "CitationEvent": "_types",
    "ContentBlockStopEvent": "_types",
    "InputJsonEvent": "_types",
    "MessageStopEvent": "_types",
    "MessageStreamEvent": "_types",
    "ParsedContentBlockStopEvent": "_types",
    "ParsedMessageStopEvent": "_types",
    "ParsedMessageStreamEvent": "_types",
    "SignatureEvent": "_types",
    "TextEvent": "_types",
    "ThinkingEvent": "_types",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
