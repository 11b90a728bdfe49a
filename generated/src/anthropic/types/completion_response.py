from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "CompletionResponse",
]


class CompletionResponse(BaseModel):
    completion: str
    id: str
    model: Union[
        str,
        Literal[
            "claude-opus-4-6",
            "claude-opus-4-5-20251101",
            "claude-opus-4-5",
            "claude-3-7-sonnet-latest",
            "claude-3-7-sonnet-20250219",
            "claude-3-5-haiku-latest",
            "claude-3-5-haiku-20241022",
            "claude-haiku-4-5",
            "claude-haiku-4-5-20251001",
            "claude-sonnet-4-20250514",
            "claude-sonnet-4-0",
            "claude-4-sonnet-20250514",
            "claude-sonnet-4-5",
            "claude-sonnet-4-5-20250929",
            "claude-opus-4-0",
            "claude-opus-4-20250514",
            "claude-4-opus-20250514",
            "claude-opus-4-1-20250805",
            "claude-3-opus-latest",
            "claude-3-opus-20240229",
            "claude-3-haiku-20240307",
        ],
    ]
    stop_reason: Optional[str] = None
    type: Literal["completion"]
