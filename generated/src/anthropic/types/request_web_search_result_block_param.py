from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RequestWebSearchResultBlockParam",
]


class RequestWebSearchResultBlockParam(TypedDict, total=False):
    encrypted_content: Required[str]

    page_age: Optional[str]

    title: Required[str]

    type: Required[Literal["web_search_result"]]

    url: Required[str]
