from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._compat import cached_property
from .._request import compact, extract_files, joined_header, make_request_options, merge_headers, path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
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
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..types.file_metadata import FileMetadata

if TYPE_CHECKING:
    from typing import List

    from typing_extensions import Literal

    from .._types import FileTypes

__all__ = ["Files", "AsyncFiles"]


class Files(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return FilesWithStreamingResponse(self)

    def upload(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch"] | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        body = compact({"file": file, "purpose": purpose})
        multipart_files = extract_files(body, paths=[["file"]])
        return self._post(
            "/v1/files",
            body=body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("golden-features", features, ("files-2024-01-01",)),
                    {"Content-Type": "multipart/form-data"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileMetadata,
        )

    def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        return self._get(
            f"/v1/files/{path_param('file_id', file_id)}/content",
            options=make_request_options(
                extra_headers=merge_headers({"Accept": "application/octet-stream"}, extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BinaryAPIResponse,
        )


class AsyncFiles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncFilesWithStreamingResponse(self)

    async def upload(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch"] | Omit = omit,
        features: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        body = compact({"file": file, "purpose": purpose})
        multipart_files = extract_files(body, paths=[["file"]])
        return await self._post(
            "/v1/files",
            body=body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("golden-features", features, ("files-2024-01-01",)),
                    {"Content-Type": "multipart/form-data"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileMetadata,
        )

    async def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncBinaryAPIResponse:
        return await self._get(
            f"/v1/files/{path_param('file_id', file_id)}/content",
            options=make_request_options(
                extra_headers=merge_headers({"Accept": "application/octet-stream"}, extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=AsyncBinaryAPIResponse,
        )


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.upload = to_raw_response_wrapper(files.upload)
        self.download = to_custom_raw_response_wrapper(
            files.download,
            BinaryAPIResponse,
        )


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.upload = to_streamed_response_wrapper(files.upload)
        self.download = to_custom_streamed_response_wrapper(
            files.download,
            StreamedBinaryAPIResponse,
        )


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.upload = async_to_raw_response_wrapper(files.upload)
        self.download = async_to_custom_raw_response_wrapper(
            files.download,
            AsyncBinaryAPIResponse,
        )


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.upload = async_to_streamed_response_wrapper(files.upload)
        self.download = async_to_custom_streamed_response_wrapper(
            files.download,
            AsyncStreamedBinaryAPIResponse,
        )
