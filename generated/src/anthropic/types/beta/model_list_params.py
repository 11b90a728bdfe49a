from __future__ import annotations

from typing import List

from typing_extensions import Annotated, TypedDict

from ..._types import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = ["ModelListParams"]


class ModelListParams(TypedDict, total=False):
    before_id: str
    """
    Page backwards: return the items that come just before the object with this ID (use the
    `first_id` of the current page).
    """

    after_id: str
    """
    Page forwards: return the items that come just after the object with this ID (use the `last_id`
    of the current page).
    """

    limit: int
    """How many items to return in one page, from 1 to 1000; 20 if omitted."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """
