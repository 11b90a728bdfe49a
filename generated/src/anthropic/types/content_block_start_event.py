from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_content_block_start_event import RawContentBlockStartEvent

__all__ = ["ContentBlockStartEvent"]

ContentBlockStartEvent: TypeAlias = RawContentBlockStartEvent
