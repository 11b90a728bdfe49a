from __future__ import annotations

from typing import List, Optional

from typing_extensions import Annotated, TypedDict

from ..._types import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = ["SkillListParams"]


class SkillListParams(TypedDict, total=False):
    page: Optional[str]
    """
    Opaque cursor for the page to fetch: the `next_page` value of the previous response. Leave unset
    for the first page.
    """

    limit: int
    """How many skills to return in one page, at most 100; 20 if omitted."""

    source: Optional[str]
    """
    Only list skills of this origin: `custom` for skills created in your organization, `anthropic`
    for skills provided by Anthropic.
    """

    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
    """
    Beta features to switch on for this request, sent as the `anthropic-beta` header (several values
    are joined with commas).
    """
