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
from ....types.beta_create_skill_response import BetaCreateSkillResponse
from ....types.beta_delete_skill_response import BetaDeleteSkillResponse
from ....types.beta_get_skill_response import BetaGetSkillResponse
from ....types.betaapi_schemas_skills_skill import BetaapiSchemasSkillsSkill

if TYPE_CHECKING:
    from typing import Iterable, List, Optional, Union

    from typing_extensions import Literal

    from ...._types import FileTypes
    from .versions import (
        AsyncVersions,
        AsyncVersionsWithRawResponse,
        AsyncVersionsWithStreamingResponse,
        Versions,
        VersionsWithRawResponse,
        VersionsWithStreamingResponse,
    )

    pass

__all__ = ["Skills", "AsyncSkills"]


class Skills(SyncAPIResource):
    """Manage Agent Skills that the model can load in a container."""

    @cached_property
    def versions(self) -> Versions:
        from .versions import Versions

        return Versions(self._client)

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return SkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return SkillsWithStreamingResponse(self)

    def create(
        self,
        *,
        display_title: Optional[str] | Omit = omit,
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
    ) -> BetaCreateSkillResponse:

        body = compact({"display_title": display_title, "files": files})
        files = extract_files(body, paths=[["files", "<array>"]])
        return self._post(
            "/v1/skills?beta=true",
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
            cast_to=BetaCreateSkillResponse,
        )

    def retrieve(
        self,
        skill_id: str,
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
    ) -> BetaGetSkillResponse:

        return self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaGetSkillResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
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
    ) -> SyncPageCursor[BetaapiSchemasSkillsSkill]:

        return self._get_api_list(
            "/v1/skills?beta=true",
            page=SyncPageCursor[BetaapiSchemasSkillsSkill],
            options=make_request_options(
                query=compact({"limit": limit, "page": page, "source": source}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaapiSchemasSkillsSkill,
        )

    def delete(
        self,
        skill_id: str,
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
    ) -> BetaDeleteSkillResponse:

        return self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaDeleteSkillResponse,
        )


class AsyncSkills(AsyncAPIResource):
    """Manage Agent Skills that the model can load in a container."""

    @cached_property
    def versions(self) -> AsyncVersions:
        from .versions import AsyncVersions

        return AsyncVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncSkillsWithStreamingResponse(self)

    async def create(
        self,
        *,
        display_title: Optional[str] | Omit = omit,
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
    ) -> BetaCreateSkillResponse:

        body = compact({"display_title": display_title, "files": files})
        files = extract_files(body, paths=[["files", "<array>"]])
        return await self._post(
            "/v1/skills?beta=true",
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
            cast_to=BetaCreateSkillResponse,
        )

    async def retrieve(
        self,
        skill_id: str,
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
    ) -> BetaGetSkillResponse:

        return await self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaGetSkillResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
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
    ) -> AsyncPaginator[
        BetaapiSchemasSkillsSkill, AsyncPageCursor[BetaapiSchemasSkillsSkill]
    ]:

        return self._get_api_list(
            "/v1/skills?beta=true",
            page=AsyncPageCursor[BetaapiSchemasSkillsSkill],
            options=make_request_options(
                query=compact({"limit": limit, "page": page, "source": source}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=BetaapiSchemasSkillsSkill,
        )

    async def delete(
        self,
        skill_id: str,
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
    ) -> BetaDeleteSkillResponse:

        return await self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)),
                    extra_headers,
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=BetaDeleteSkillResponse,
        )


class SkillsWithRawResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_raw_response_wrapper(skills.create)
        self.retrieve = to_raw_response_wrapper(skills.retrieve)
        self.list = to_raw_response_wrapper(skills.list)
        self.delete = to_raw_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> VersionsWithRawResponse:
        from .versions import VersionsWithRawResponse

        return VersionsWithRawResponse(self._skills.versions)


class SkillsWithStreamingResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_streamed_response_wrapper(skills.create)
        self.retrieve = to_streamed_response_wrapper(skills.retrieve)
        self.list = to_streamed_response_wrapper(skills.list)
        self.delete = to_streamed_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> VersionsWithStreamingResponse:
        from .versions import VersionsWithStreamingResponse

        return VersionsWithStreamingResponse(self._skills.versions)


class AsyncSkillsWithRawResponse:
    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_raw_response_wrapper(skills.create)
        self.retrieve = async_to_raw_response_wrapper(skills.retrieve)
        self.list = async_to_raw_response_wrapper(skills.list)
        self.delete = async_to_raw_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> AsyncVersionsWithRawResponse:
        from .versions import AsyncVersionsWithRawResponse

        return AsyncVersionsWithRawResponse(self._skills.versions)


class AsyncSkillsWithStreamingResponse:
    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_streamed_response_wrapper(skills.create)
        self.retrieve = async_to_streamed_response_wrapper(skills.retrieve)
        self.list = async_to_streamed_response_wrapper(skills.list)
        self.delete = async_to_streamed_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> AsyncVersionsWithStreamingResponse:
        from .versions import AsyncVersionsWithStreamingResponse

        return AsyncVersionsWithStreamingResponse(self._skills.versions)
