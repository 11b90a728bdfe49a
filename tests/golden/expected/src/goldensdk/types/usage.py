from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["Usage"]


class Usage(BaseModel):
    """
    Billing counts.

    Tokens are counted before and after caching.
    """

    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: Optional[int] = None
