from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["ModelListParams"]


class ModelListParams(TypedDict, total=False):
    before_id: str
    after_id: str
    limit: int
