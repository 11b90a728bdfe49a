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
from ....types.beta.skills.version_create_response import VersionCreateResponse
from ....types.beta.skills.version_delete_response import VersionDeleteResponse
from ....types.beta.skills.version_list_response import VersionListResponse
from ....types.beta.skills.version_retrieve_response import VersionRetrieveResponse

if TYPE_CHECKING:
    from typing import Iterable, List, Optional

    from ...._types import FileTypes
    from ....types.anthropic_beta_param import AnthropicBetaParam

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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionCreateResponse:
        """
        Upload a new version of an existing skill. The files follow the same layout as when creating
        the skill.

        Args:
          skill_id: Which skill to act on, by its ID.
          files: The skill's files. They must all be in one top-level directory, with a `SKILL.md`
            file at its root.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        body = compact({"files": files})
        multipart_files = extract_files(body, paths=[["files", "<array>"]])
        return self._post(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
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
            cast_to=VersionCreateResponse,
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionRetrieveResponse:
        """
        Get one version of a skill.

        Args:
          version: The skill version, as listed in the skill's versions (a numeric string derived
            from a Unix timestamp).
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VersionRetrieveResponse,
        )

    def list(
        self,
        skill_id: str,
        *,
        limit: Optional[int] | Omit = omit,
        page: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPageCursor[VersionListResponse]:
        """
        List the versions of a skill.

        Args:
          skill_id: Which skill to act on, by its ID.
          limit: How many versions to return in one page, from 1 to 1000; 20 if omitted.
          page: Opaque cursor for the page to fetch: the `next_page` value of the previous response.
            Leave unset for the first page.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get_api_list(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
            page=SyncPageCursor[VersionListResponse],
            options=make_request_options(
                query=compact({"limit": limit, "page": page}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=VersionListResponse,
        )

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionDeleteResponse:
        """
        Delete one version of a skill.

        Args:
          version: The skill version, as listed in the skill's versions (a numeric string derived
            from a Unix timestamp).
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VersionDeleteResponse,
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
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionCreateResponse:
        """
        Upload a new version of an existing skill. The files follow the same layout as when creating
        the skill.

        Args:
          skill_id: Which skill to act on, by its ID.
          files: The skill's files. They must all be in one top-level directory, with a `SKILL.md`
            file at its root.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        body = compact({"files": files})
        multipart_files = extract_files(body, paths=[["files", "<array>"]])
        return await self._post(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
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
            cast_to=VersionCreateResponse,
        )

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionRetrieveResponse:
        """
        Get one version of a skill.

        Args:
          version: The skill version, as listed in the skill's versions (a numeric string derived
            from a Unix timestamp).
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._get(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VersionRetrieveResponse,
        )

    def list(
        self,
        skill_id: str,
        *,
        limit: Optional[int] | Omit = omit,
        page: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[VersionListResponse, AsyncPageCursor[VersionListResponse]]:
        """
        List the versions of a skill.

        Args:
          skill_id: Which skill to act on, by its ID.
          limit: How many versions to return in one page, from 1 to 1000; 20 if omitted.
          page: Opaque cursor for the page to fetch: the `next_page` value of the previous response.
            Leave unset for the first page.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get_api_list(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions?beta=true",
            page=AsyncPageCursor[VersionListResponse],
            options=make_request_options(
                query=compact({"limit": limit, "page": page}),
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=VersionListResponse,
        )

    async def delete(
        self,
        version: str,
        *,
        skill_id: str,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionDeleteResponse:
        """
        Delete one version of a skill.

        Args:
          version: The skill version, as listed in the skill's versions (a numeric string derived
            from a Unix timestamp).
          skill_id: Which skill to act on, by its ID.
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._delete(
            f"/v1/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}?beta=true",
            options=make_request_options(
                extra_headers=merge_headers(
                    joined_header("anthropic-beta", betas, ("skills-2025-10-02",)), extra_headers
                ),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VersionDeleteResponse,
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
