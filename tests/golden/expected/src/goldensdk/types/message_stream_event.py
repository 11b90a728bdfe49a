from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import Discriminator
from .content_block_delta_event import ContentBlockDeltaEvent
from .message_start_event import MessageStartEvent
from .message_stop_event import MessageStopEvent

__all__ = ["MessageStreamEvent"]

MessageStreamEvent: TypeAlias = Annotated[
    Union[MessageStartEvent, ContentBlockDeltaEvent, MessageStopEvent], Discriminator("type")
]
