from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._base_client import AsyncPaginator
from .._compat import cached_property
from .._request import compact, joined_header, make_request_options, merge_headers, path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..pagination import AsyncPage, SyncPage
from ..types.model_info import ModelInfo

if TYPE_CHECKING:
    from typing import List

    from ..types.anthropic_beta_param import AnthropicBetaParam

__all__ = ["Models", "AsyncModels"]


class Models(SyncAPIResource):
    """Look up the models available to your API key."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return ModelsWithStreamingResponse(self)

    def retrieve(
        self,
        model_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelInfo:
        """
        Get one model's details. Passing an alias returns the model it currently points to.

        Args:
          model_id: The model's ID, or an alias that points to one (such as `claude-sonnet-4-5`).
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return self._get(
            f"/v1/models/{path_param('model_id', model_id)}",
            options=make_request_options(
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ModelInfo,
        )

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
    ) -> SyncPage[ModelInfo]:
        """
        List the models you can use, most recently released first.

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
            "/v1/models",
            page=SyncPage[ModelInfo],
            options=make_request_options(
                query=compact({"after_id": after_id, "before_id": before_id, "limit": limit}),
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=ModelInfo,
        )


class AsyncModels(AsyncAPIResource):
    """Look up the models available to your API key."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """Variant of this resource whose methods return the raw HTTP response (`.parse()` gives the object)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """Variant of this resource whose methods return the response without reading its body."""
        return AsyncModelsWithStreamingResponse(self)

    async def retrieve(
        self,
        model_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelInfo:
        """
        Get one model's details. Passing an alias returns the model it currently points to.

        Args:
          model_id: The model's ID, or an alias that points to one (such as `claude-sonnet-4-5`).
          betas: Beta features to switch on for this request, sent as the `anthropic-beta` header
            (several values are joined with commas).
        """
        return await self._get(
            f"/v1/models/{path_param('model_id', model_id)}",
            options=make_request_options(
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ModelInfo,
        )

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
    ) -> AsyncPaginator[ModelInfo, AsyncPage[ModelInfo]]:
        """
        List the models you can use, most recently released first.

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
            "/v1/models",
            page=AsyncPage[ModelInfo],
            options=make_request_options(
                query=compact({"after_id": after_id, "before_id": before_id, "limit": limit}),
                extra_headers=merge_headers(joined_header("anthropic-beta", betas, ()), extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=ModelInfo,
        )


class ModelsWithRawResponse:
    def __init__(self, models: Models) -> None:
        self._models = models
        self.retrieve = to_raw_response_wrapper(models.retrieve)
        self.list = to_raw_response_wrapper(models.list)


class ModelsWithStreamingResponse:
    def __init__(self, models: Models) -> None:
        self._models = models
        self.retrieve = to_streamed_response_wrapper(models.retrieve)
        self.list = to_streamed_response_wrapper(models.list)


class AsyncModelsWithRawResponse:
    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.retrieve = async_to_raw_response_wrapper(models.retrieve)
        self.list = async_to_raw_response_wrapper(models.list)


class AsyncModelsWithStreamingResponse:
    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.retrieve = async_to_streamed_response_wrapper(models.retrieve)
        self.list = async_to_streamed_response_wrapper(models.list)
