from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BatchListParams",
]


class BatchListParams(TypedDict, total=False):
    before_id: str

    after_id: str

    limit: int
