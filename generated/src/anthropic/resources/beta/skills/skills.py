from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...._base_client import AsyncPaginator
from ...._compat import cached_property
from ...._request import compact, extract_files, joined_header, make_request_options, merge_headers, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ....pagination import AsyncPageCursor, SyncPageCursor
from ....types.beta.skill_create_response import SkillCreateResponse
from ....types.beta.skill_delete_response import SkillDeleteResponse
from ....types.beta.skill_list_response import SkillListResponse
from ....types.beta.skill_retrieve_response import SkillRetrieveResponse

if TYPE_CHECKING:
    from typing import Iterable, List, Optional

    from ...._types import FileTypes
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from .versions import (
        AsyncVersions,
        AsyncVersionsWithRawResponse,
        AsyncVersionsWithStreamingResponse,
        Versions,
        VersionsWithRawResponse,
        VersionsWithStreamingResponse,
    )

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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillCreateResponse:
        """
        Create a custom skill from uploaded files. The files must sit in one top-level directory
        with a `SKILL.md` file at its root; they become the skill's first version.

        Args:
          display_title: Human-readable name of the skill; it is not shown to the model.
          files: The skill's files. They must all be in one top-level directory, with a `SKILL.md`
            file at its root.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        body = compact({"display_title": display_title, "files": files})
        multipart_files = extract_files(body, paths=[["files", "<array>"]])
        return self._post(
            "/v1/skills?beta=true",
            body=body,
            files=multipart_files,
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
            cast_to=SkillCreateResponse,
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillRetrieveResponse:
        """
        Get one skill, including its latest version identifier.

        Args:
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=SkillRetrieveResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPageCursor[SkillListResponse]:
        """
        List the skills available in the workspace, both custom and Anthropic-provided.

        Args:
          limit: How many skills to return in one page, at most 100; 20 if omitted.
          page: Opaque cursor for the page to fetch: the `next_page` value of the previous response.
            Leave unset for the first page.
          source: Only list skills of this origin: `custom` for skills created in your organization,
            `anthropic` for skills provided by Anthropic.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get_api_list(
            "/v1/skills?beta=true",
            page=SyncPageCursor[SkillListResponse],
            options=make_request_options(
                query=compact({"limit": limit, "page": page, "source": source}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=SkillListResponse,
        )

    def delete(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillDeleteResponse:
        """
        Delete a skill.

        Args:
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=SkillDeleteResponse,
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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillCreateResponse:
        """
        Create a custom skill from uploaded files. The files must sit in one top-level directory
        with a `SKILL.md` file at its root; they become the skill's first version.

        Args:
          display_title: Human-readable name of the skill; it is not shown to the model.
          files: The skill's files. They must all be in one top-level directory, with a `SKILL.md`
            file at its root.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        body = compact({"display_title": display_title, "files": files})
        multipart_files = extract_files(body, paths=[["files", "<array>"]])
        return await self._post(
            "/v1/skills?beta=true",
            body=body,
            files=multipart_files,
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
            cast_to=SkillCreateResponse,
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillRetrieveResponse:
        """
        Get one skill, including its latest version identifier.

        Args:
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=SkillRetrieveResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[SkillListResponse, AsyncPageCursor[SkillListResponse]]:
        """
        List the skills available in the workspace, both custom and Anthropic-provided.

        Args:
          limit: How many skills to return in one page, at most 100; 20 if omitted.
          page: Opaque cursor for the page to fetch: the `next_page` value of the previous response.
            Leave unset for the first page.
          source: Only list skills of this origin: `custom` for skills created in your organization,
            `anthropic` for skills provided by Anthropic.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get_api_list(
            "/v1/skills?beta=true",
            page=AsyncPageCursor[SkillListResponse],
            options=make_request_options(
                query=compact({"limit": limit, "page": page, "source": source}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=SkillListResponse,
        )

    async def delete(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillDeleteResponse:
        """
        Delete a skill.

        Args:
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=SkillDeleteResponse,
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
