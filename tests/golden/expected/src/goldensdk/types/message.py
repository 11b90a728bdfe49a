from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .content_block import ContentBlock
from .usage import Usage

__all__ = ["Message"]


class Message(BaseModel):
    """A reply from the model."""

    id: str
    content: List[ContentBlock]
    model: str
    role: Literal["assistant"]
    stop_reason: Optional[Literal["end_turn", "max_tokens", "tool_use"]] = None
    """Why the model stopped; `null` while streaming."""

    type: Literal["message"]
    usage: Usage
