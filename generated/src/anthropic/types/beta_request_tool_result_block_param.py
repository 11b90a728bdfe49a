from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_request_document_block_param import BetaRequestDocumentBlockParam
from .beta_request_image_block_param import BetaRequestImageBlockParam
from .beta_request_search_result_block_param import BetaRequestSearchResultBlockParam
from .beta_request_text_block_param import BetaRequestTextBlockParam
from .beta_request_tool_reference_block_param import BetaRequestToolReferenceBlockParam

__all__ = [
    "BetaRequestToolResultBlockParam",
]


class BetaRequestToolResultBlockParam(TypedDict, total=False):
    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Union[
        str,
        Iterable[
            Union[
                BetaRequestTextBlockParam,
                BetaRequestImageBlockParam,
                BetaRequestSearchResultBlockParam,
                BetaRequestDocumentBlockParam,
                BetaRequestToolReferenceBlockParam,
            ]
        ],
    ]

    is_error: bool

    tool_use_id: Required[str]

    type: Required[Literal["tool_result"]]
