from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_message_stop_event import RawMessageStopEvent

__all__ = ["MessageStopEvent"]

MessageStopEvent: TypeAlias = RawMessageStopEvent
