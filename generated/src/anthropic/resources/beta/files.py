from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ..._base_client import AsyncPaginator
from ..._compat import cached_property
from ..._request import compact, extract_files, joined_header, make_request_options, merge_headers, path_param
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
from ...types.beta.deleted_file import DeletedFile
from ...types.beta.file_metadata import FileMetadata

if TYPE_CHECKING:
    from typing import List

    from ..._types import FileTypes
    from ...types.anthropic_beta_param import AnthropicBetaParam

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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[FileMetadata]:
        """
        List the files in the workspace, a page at a time.

        Args:
          after_id: Page forwards: return the items that come just after the object with this ID
            (use the `last_id` of the current page).
          before_id: Page backwards: return the items that come just before the object with this ID
            (use the `first_id` of the current page).
          limit: How many items to return in one page, from 1 to 1000; 20 if omitted.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get_api_list(
            "/v1/files?beta=true",
            page=SyncPage[FileMetadata],
            options=make_request_options(
                query=compact({"after_id": after_id, "before_id": before_id, "limit": limit}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=FileMetadata,
        )

    def delete(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedFile:
        """
        Delete a file.

        Args:
          file_id: Which file to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._delete(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeletedFile,
        )

    def download(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        """
        Download a file's contents as raw bytes. Only files whose metadata marks them `downloadable`
        can be fetched.

        Args:
          file_id: Which file to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get(
            f"/v1/files/{path_param('file_id', file_id)}/content?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    {"Accept": "application/octet-stream"},
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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """
        Get a file's metadata (name, MIME type, size, creation time) without its contents.

        Args:
          file_id: Which file to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileMetadata,
        )

    def upload(
        self,
        *,
        file: FileTypes,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """
        Upload a file so that later requests can refer to it by its ID instead of sending its
        contents again.

        Args:
          file: The file to upload.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        body = compact({"file": file})
        multipart_files = extract_files(body, paths=[["file"]])
        return self._post(
            "/v1/files?beta=true",
            body=body,
            files=multipart_files,
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
            cast_to=FileMetadata,
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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileMetadata, AsyncPage[FileMetadata]]:
        """
        List the files in the workspace, a page at a time.

        Args:
          after_id: Page forwards: return the items that come just after the object with this ID
            (use the `last_id` of the current page).
          before_id: Page backwards: return the items that come just before the object with this ID
            (use the `first_id` of the current page).
          limit: How many items to return in one page, from 1 to 1000; 20 if omitted.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get_api_list(
            "/v1/files?beta=true",
            page=AsyncPage[FileMetadata],
            options=make_request_options(
                query=compact({"after_id": after_id, "before_id": before_id, "limit": limit}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=FileMetadata,
        )

    async def delete(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedFile:
        """
        Delete a file.

        Args:
          file_id: Which file to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._delete(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeletedFile,
        )

    async def download(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncBinaryAPIResponse:
        """
        Download a file's contents as raw bytes. Only files whose metadata marks them `downloadable`
        can be fetched.

        Args:
          file_id: Which file to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._get(
            f"/v1/files/{path_param('file_id', file_id)}/content?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)),
                    {"Accept": "application/octet-stream"},
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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """
        Get a file's metadata (name, MIME type, size, creation time) without its contents.

        Args:
          file_id: Which file to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._get(
            f"/v1/files/{path_param('file_id', file_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("files-api-2025-04-14",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileMetadata,
        )

    async def upload(
        self,
        *,
        file: FileTypes,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """
        Upload a file so that later requests can refer to it by its ID instead of sending its
        contents again.

        Args:
          file: The file to upload.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        body = compact({"file": file})
        multipart_files = extract_files(body, paths=[["file"]])
        return await self._post(
            "/v1/files?beta=true",
            body=body,
            files=multipart_files,
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
            cast_to=FileMetadata,
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
        self.retrieve_metadata = async_to_streamed_response_wrapper(files.retrieve_metadata)
        self.upload = async_to_streamed_response_wrapper(files.upload)
