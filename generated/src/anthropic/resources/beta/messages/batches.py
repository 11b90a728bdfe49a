from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...._base_client import AsyncPaginator
from ...._compat import cached_property
from ...._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from ...._exceptions import AnthropicError
from ...._request import (
    compact,
    joined_header,
    make_request_options,
    merge_headers,
    path_param,
)
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ....pagination import AsyncPage, SyncPage
from ....types.beta_delete_message_batch_response import BetaDeleteMessageBatchResponse
from ....types.beta_message_batch import BetaMessageBatch
from ....types.beta_message_batch_individual_response import (
    BetaMessageBatchIndividualResponse,
)

if TYPE_CHECKING:
    from typing import Iterable, List, Union

    from typing_extensions import Literal

    from ....types.beta_message_batch_individual_request_params_param import (
        BetaMessageBatchIndividualRequestParamsParam,
    )

    pass

__all__ = ["Batches", "AsyncBatches"]


class Batches(SyncAPIResource):
    """Process many Messages requests asynchronously, at a lower cost (beta)."""

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return BatchesWithStreamingResponse(self)

    def create(
        self,
        *,
        requests: Iterable[BetaMessageBatchIndividualRequestParamsParam],
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:

        return self._post(
            "/v1/messages/batches?beta=true",
            body=compact({"requests": requests}),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageBatch,
        )

    def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:

        return self._get(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[BetaMessageBatch]:

        return self._get_api_list(
            "/v1/messages/batches?beta=true",
            page=SyncPage[BetaMessageBatch],
            options=make_request_options(
                query=compact(
                    {"after_id": after_id, "before_id": before_id, "limit": limit}
                ),
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaMessageBatch,
        )

    def delete(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaDeleteMessageBatchResponse:

        return self._delete(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaDeleteMessageBatchResponse,
        )

    def cancel(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:

        return self._post(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}/cancel?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageBatch,
        )

    def results(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> JSONLDecoder[BetaMessageBatchIndividualResponse]:

        source = self.retrieve(
            message_batch_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        url = source.results_url
        if not url:
            raise AnthropicError(
                "`results_url` is not available yet: it is set once processing has ended"
                f" (currently {getattr(source, 'processing_status', 'unknown')!r})."
            )
        return self._get(
            url,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    {"Accept": "application/binary"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=JSONLDecoder[BetaMessageBatchIndividualResponse],
            stream=True,
        )


class AsyncBatches(AsyncAPIResource):
    """Process many Messages requests asynchronously, at a lower cost (beta)."""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(
        self,
        *,
        requests: Iterable[BetaMessageBatchIndividualRequestParamsParam],
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:

        return await self._post(
            "/v1/messages/batches?beta=true",
            body=compact({"requests": requests}),
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageBatch,
        )

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:

        return await self._get(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[BetaMessageBatch, AsyncPage[BetaMessageBatch]]:

        return self._get_api_list(
            "/v1/messages/batches?beta=true",
            page=AsyncPage[BetaMessageBatch],
            options=make_request_options(
                query=compact(
                    {"after_id": after_id, "before_id": before_id, "limit": limit}
                ),
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaMessageBatch,
        )

    async def delete(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaDeleteMessageBatchResponse:

        return await self._delete(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaDeleteMessageBatchResponse,
        )

    async def cancel(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:

        return await self._post(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}/cancel?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaMessageBatch,
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        betas: List[
            Union[
                str,
                Literal[
                    "message-batches-2024-09-24",
                    "prompt-caching-2024-07-31",
                    "computer-use-2024-10-22",
                    "computer-use-2025-01-24",
                    "pdfs-2024-09-25",
                    "token-counting-2024-11-01",
                    "token-efficient-tools-2025-02-19",
                    "output-128k-2025-02-19",
                    "files-api-2025-04-14",
                    "mcp-client-2025-04-04",
                    "mcp-client-2025-11-20",
                    "dev-full-thinking-2025-05-14",
                    "interleaved-thinking-2025-05-14",
                    "code-execution-2025-05-22",
                    "extended-cache-ttl-2025-04-11",
                    "context-1m-2025-08-07",
                    "context-management-2025-06-27",
                    "model-context-window-exceeded-2025-08-26",
                    "skills-2025-10-02",
                    "fast-mode-2026-02-01",
                ],
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncJSONLDecoder[BetaMessageBatchIndividualResponse]:

        source = await self.retrieve(
            message_batch_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        url = source.results_url
        if not url:
            raise AnthropicError(
                "`results_url` is not available yet: it is set once processing has ended"
                f" (currently {getattr(source, 'processing_status', 'unknown')!r})."
            )
        return await self._get(
            url,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header(
                        "anthropic-beta", betas, ("message-batches-2024-09-24",)
                    ),
                    {"Accept": "application/binary"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=AsyncJSONLDecoder[BetaMessageBatchIndividualResponse],
            stream=True,
        )


class BatchesWithRawResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_raw_response_wrapper(batches.create)
        self.retrieve = to_raw_response_wrapper(batches.retrieve)
        self.list = to_raw_response_wrapper(batches.list)
        self.delete = to_raw_response_wrapper(batches.delete)
        self.cancel = to_raw_response_wrapper(batches.cancel)
        self.results = to_raw_response_wrapper(batches.results)


class BatchesWithStreamingResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_streamed_response_wrapper(batches.create)
        self.retrieve = to_streamed_response_wrapper(batches.retrieve)
        self.list = to_streamed_response_wrapper(batches.list)
        self.delete = to_streamed_response_wrapper(batches.delete)
        self.cancel = to_streamed_response_wrapper(batches.cancel)
        self.results = to_streamed_response_wrapper(batches.results)


class AsyncBatchesWithRawResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_raw_response_wrapper(batches.create)
        self.retrieve = async_to_raw_response_wrapper(batches.retrieve)
        self.list = async_to_raw_response_wrapper(batches.list)
        self.delete = async_to_raw_response_wrapper(batches.delete)
        self.cancel = async_to_raw_response_wrapper(batches.cancel)
        self.results = async_to_raw_response_wrapper(batches.results)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_streamed_response_wrapper(batches.create)
        self.retrieve = async_to_streamed_response_wrapper(batches.retrieve)
        self.list = async_to_streamed_response_wrapper(batches.list)
        self.delete = async_to_streamed_response_wrapper(batches.delete)
        self.cancel = async_to_streamed_response_wrapper(batches.cancel)
        self.results = async_to_streamed_response_wrapper(batches.results)
