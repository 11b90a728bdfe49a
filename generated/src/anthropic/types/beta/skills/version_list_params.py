from __future__ import annotations

from typing import List, Optional

from typing_extensions import Annotated, TypedDict

from ...._types import PropertyInfo
from ...anthropic_beta_param import AnthropicBetaParam

__all__ = ["VersionListParams"]


class VersionListParams(TypedDict, total=False):
    page: Optional[str]
    """
    Opaque cursor for the page to fetch: the `next_page` value of the previous response. Leave unset
    for the first page.
    """

    limit: Optional[int]
    """How many versions to return in one page, from 1 to 1000; 20 if omitted."""

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """
