from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ..._base_client import AsyncPaginator
from ..._compat import cached_property
from ..._request import (
    compact,
    extract_files,
    joined_header,
    make_request_options,
    merge_headers,
    path_param,
)
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    AsyncBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    BinaryAPIResponse,
    StreamedBinaryAPIResponse,
    async_to_custom_raw_response_wrapper,
    async_to_custom_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...pagination import AsyncPage, SyncPage
from ...types.beta_file_delete_response import BetaFileDeleteResponse
from ...types.beta_file_metadata_schema import BetaFileMetadataSchema

if TYPE_CHECKING:
    from typing import List, Union

    from typing_extensions import Literal

    from ..._types import FileTypes

    pass

__all__ = ["Files", "AsyncFiles"]


class Files(SyncAPIResource):
    """Upload files once and refer to them by ID in later requests."""

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return FilesWithStreamingResponse(self)

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
    ) -> SyncPage[BetaFileMetadataSchema]:

        return self._get_api_list(
            "/v1/files?beta=true",
            page=SyncPage[BetaFileMetadataSchema],
            options=make_request_options(
                query=compact(
                    {"after_id": after_id, "before_id": before_id, "limit": limit}
                ),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaFileMetadataSchema,
        )

    def delete(
        self,
        file_id: str,
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
    ) -> BetaFileDeleteResponse:

        return self._delete(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaFileDeleteResponse,
        )

    def download(
        self,
        file_id: str,
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
    ) -> BinaryAPIResponse:

        return self._get(
            f"/v1/files/{path_param('file_id', file_id)}/content?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    {"Accept": "application/binary"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BinaryAPIResponse,
        )

    def retrieve_metadata(
        self,
        file_id: str,
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
    ) -> BetaFileMetadataSchema:

        return self._get(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaFileMetadataSchema,
        )

    def upload(
        self,
        *,
        file: FileTypes,
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
    ) -> BetaFileMetadataSchema:

        body = compact({"file": file})
        files = extract_files(body, paths=[["file"]])
        return self._post(
            "/v1/files?beta=true",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    {"Content-Type": "multipart/form-data"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaFileMetadataSchema,
        )


class AsyncFiles(AsyncAPIResource):
    """Upload files once and refer to them by ID in later requests."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncFilesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[BetaFileMetadataSchema, AsyncPage[BetaFileMetadataSchema]]:

        return self._get_api_list(
            "/v1/files?beta=true",
            page=AsyncPage[BetaFileMetadataSchema],
            options=make_request_options(
                query=compact(
                    {"after_id": after_id, "before_id": before_id, "limit": limit}
                ),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaFileMetadataSchema,
        )

    async def delete(
        self,
        file_id: str,
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
    ) -> BetaFileDeleteResponse:

        return await self._delete(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaFileDeleteResponse,
        )

    async def download(
        self,
        file_id: str,
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
    ) -> AsyncBinaryAPIResponse:

        return await self._get(
            f"/v1/files/{path_param('file_id', file_id)}/content?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    {"Accept": "application/binary"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=AsyncBinaryAPIResponse,
        )

    async def retrieve_metadata(
        self,
        file_id: str,
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
    ) -> BetaFileMetadataSchema:

        return await self._get(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaFileMetadataSchema,
        )

    async def upload(
        self,
        *,
        file: FileTypes,
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
    ) -> BetaFileMetadataSchema:

        body = compact({"file": file})
        files = extract_files(body, paths=[["file"]])
        return await self._post(
            "/v1/files?beta=true",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    {"Content-Type": "multipart/form-data"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaFileMetadataSchema,
        )


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_raw_response_wrapper(files.list)
        self.delete = to_raw_response_wrapper(files.delete)
        self.download = to_custom_raw_response_wrapper(
            files.download,
            BinaryAPIResponse,
        )
        self.retrieve_metadata = to_raw_response_wrapper(files.retrieve_metadata)
        self.upload = to_raw_response_wrapper(files.upload)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_streamed_response_wrapper(files.list)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.download = to_custom_streamed_response_wrapper(
            files.download,
            StreamedBinaryAPIResponse,
        )
        self.retrieve_metadata = to_streamed_response_wrapper(files.retrieve_metadata)
        self.upload = to_streamed_response_wrapper(files.upload)


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_raw_response_wrapper(files.list)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.download = async_to_custom_raw_response_wrapper(
            files.download,
            AsyncBinaryAPIResponse,
        )
        self.retrieve_metadata = async_to_raw_response_wrapper(files.retrieve_metadata)
        self.upload = async_to_raw_response_wrapper(files.upload)


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_streamed_response_wrapper(files.list)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.download = async_to_custom_streamed_response_wrapper(
            files.download,
            AsyncStreamedBinaryAPIResponse,
        )
        self.retrieve_metadata = async_to_streamed_response_wrapper(
            files.retrieve_metadata
        )
        self.upload = async_to_streamed_response_wrapper(files.upload)
