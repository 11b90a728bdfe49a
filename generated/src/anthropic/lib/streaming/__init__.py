"""Streaming helpers: `client.messages.stream()` and `client.beta.messages.stream()`.

```python
with client.messages.stream(max_tokens=1024, messages=[...], model="claude-sonnet-4-5") as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
message = stream.get_final_message()
```
"""

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
