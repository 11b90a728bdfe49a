from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...._base_client import AsyncPaginator
from ...._compat import cached_property
from ...._request import (
    compact,
    extract_files,
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
from ....pagination import AsyncPageCursor, SyncPageCursor
from ....types.beta_create_skill_version_response import BetaCreateSkillVersionResponse
from ....types.beta_delete_skill_version_response import BetaDeleteSkillVersionResponse
from ....types.beta_get_skill_version_response import BetaGetSkillVersionResponse
from ....types.beta_skill_version import BetaSkillVersion

if TYPE_CHECKING:
    from typing import Iterable, List, Optional, Union

    from typing_extensions import Literal

    from ...._types import FileTypes

    pass

__all__ = ["Versions", "AsyncVersions"]


class Versions(SyncAPIResource):
    """Manage the versions of a skill."""

    @cached_property
    def with_raw_response(self) -> VersionsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return VersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VersionsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return VersionsWithStreamingResponse(self)

    def create(
        self,
        skill_id: str,
        *,
        files: Optional[Iterable[FileTypes]] | Omit = omit,
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
    ) -> BetaCreateSkillVersionResponse:

        body = compact({"files": files})
        files = extract_files(body, paths=[["files", "<array>"]])
        return self._post(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    {"Content-Type": "multipart/form-data"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaCreateSkillVersionResponse,
        )

    def retrieve(
        self,
        skill_id: str,
        version: str,
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
    ) -> BetaGetSkillVersionResponse:

        return self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaGetSkillVersionResponse,
        )

    def list(
        self,
        skill_id: str,
        *,
        limit: Optional[int] | Omit = omit,
        page: Optional[str] | Omit = omit,
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
    ) -> SyncPageCursor[BetaSkillVersion]:

        return self._get_api_list(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
            page=SyncPageCursor[BetaSkillVersion],
            options=make_request_options(
                query=compact({"limit": limit, "page": page}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaSkillVersion,
        )

    def delete(
        self,
        skill_id: str,
        version: str,
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
    ) -> BetaDeleteSkillVersionResponse:

        return self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaDeleteSkillVersionResponse,
        )


class AsyncVersions(AsyncAPIResource):
    """Manage the versions of a skill."""

    @cached_property
    def with_raw_response(self) -> AsyncVersionsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVersionsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncVersionsWithStreamingResponse(self)

    async def create(
        self,
        skill_id: str,
        *,
        files: Optional[Iterable[FileTypes]] | Omit = omit,
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
    ) -> BetaCreateSkillVersionResponse:

        body = compact({"files": files})
        files = extract_files(body, paths=[["files", "<array>"]])
        return await self._post(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    {"Content-Type": "multipart/form-data"},
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaCreateSkillVersionResponse,
        )

    async def retrieve(
        self,
        skill_id: str,
        version: str,
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
    ) -> BetaGetSkillVersionResponse:

        return await self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaGetSkillVersionResponse,
        )

    def list(
        self,
        skill_id: str,
        *,
        limit: Optional[int] | Omit = omit,
        page: Optional[str] | Omit = omit,
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
    ) -> AsyncPaginator[BetaSkillVersion, AsyncPageCursor[BetaSkillVersion]]:

        return self._get_api_list(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
            page=AsyncPageCursor[BetaSkillVersion],
            options=make_request_options(
                query=compact({"limit": limit, "page": page}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaSkillVersion,
        )

    async def delete(
        self,
        skill_id: str,
        version: str,
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
    ) -> BetaDeleteSkillVersionResponse:

        return await self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaDeleteSkillVersionResponse,
        )


class VersionsWithRawResponse:
    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_raw_response_wrapper(versions.create)
        self.retrieve = to_raw_response_wrapper(versions.retrieve)
        self.list = to_raw_response_wrapper(versions.list)
        self.delete = to_raw_response_wrapper(versions.delete)


class VersionsWithStreamingResponse:
    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_streamed_response_wrapper(versions.create)
        self.retrieve = to_streamed_response_wrapper(versions.retrieve)
        self.list = to_streamed_response_wrapper(versions.list)
        self.delete = to_streamed_response_wrapper(versions.delete)


class AsyncVersionsWithRawResponse:
    def __init__(self, versions: AsyncVersions) -> None:
        self._versions = versions
        self.create = async_to_raw_response_wrapper(versions.create)
        self.retrieve = async_to_raw_response_wrapper(versions.retrieve)
        self.list = async_to_raw_response_wrapper(versions.list)
        self.delete = async_to_raw_response_wrapper(versions.delete)


class AsyncVersionsWithStreamingResponse:
    def __init__(self, versions: AsyncVersions) -> None:
        self._versions = versions
        self.create = async_to_streamed_response_wrapper(versions.create)
        self.retrieve = async_to_streamed_response_wrapper(versions.retrieve)
        self.list = async_to_streamed_response_wrapper(versions.list)
        self.delete = async_to_streamed_response_wrapper(versions.delete)
