from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import Discriminator
from .raw_content_block_delta_event import RawContentBlockDeltaEvent
from .raw_content_block_start_event import RawContentBlockStartEvent
from .raw_content_block_stop_event import RawContentBlockStopEvent
from .raw_message_delta_event import RawMessageDeltaEvent
from .raw_message_start_event import RawMessageStartEvent
from .raw_message_stop_event import RawMessageStopEvent

__all__ = ["RawMessageStreamEvent"]

RawMessageStreamEvent: TypeAlias = Annotated[
    Union[
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        RawMessageStopEvent,
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        RawContentBlockStopEvent,
    ],
    Discriminator("type"),
]
"""Any server-sent event of a streamed Messages response."""
