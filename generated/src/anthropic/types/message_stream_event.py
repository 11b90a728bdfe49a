from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_message_stream_event import RawMessageStreamEvent

__all__ = ["MessageStreamEvent"]

MessageStreamEvent: TypeAlias = RawMessageStreamEvent
