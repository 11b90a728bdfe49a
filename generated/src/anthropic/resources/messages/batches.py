from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ..._base_client import AsyncPaginator
from ..._compat import cached_property
from ..._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from ..._exceptions import AnthropicError
from ..._request import compact, make_request_options, merge_headers, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...pagination import AsyncPage, SyncPage
from ...types.messages.deleted_message_batch import DeletedMessageBatch
from ...types.messages.message_batch import MessageBatch
from ...types.messages.message_batch_individual_response import MessageBatchIndividualResponse

if TYPE_CHECKING:
    from typing import Iterable

    from ...types.messages.batch_create_params import Request

__all__ = ["Batches", "AsyncBatches"]


class Batches(SyncAPIResource):
    """Process many Messages requests asynchronously, at a lower cost."""

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
        requests: Iterable[Request],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """
        Submit many Messages requests as one batch to be processed asynchronously, at a lower price.
        Processing starts right away and can take up to 24 hours.

        Args:
          requests: The Messages requests to run, each with a `custom_id` of your choice.
        """
        return self._post(
            "/v1/messages/batches",
            body=compact({"requests": requests}),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=MessageBatch,
        )

    def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """
        Fetch a message batch and its current status. Safe to call repeatedly to poll until
        `processing_status` is `ended`.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        return self._get(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=MessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[MessageBatch]:
        """
        List the message batches in the workspace, newest first.

        Args:
          after_id: Page forwards: return the items that come just after the object with this ID
            (use the `last_id` of the current page).
          before_id: Page backwards: return the items that come just before the object with this ID
            (use the `first_id` of the current page).
          limit: How many items to return in one page, from 1 to 1000; 20 if omitted.
        """
        return self._get_api_list(
            "/v1/messages/batches",
            page=SyncPage[MessageBatch],
            options=make_request_options(
                query=compact({"after_id": after_id, "before_id": before_id, "limit": limit}),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=MessageBatch,
        )

    def delete(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedMessageBatch:
        """
        Delete a message batch. Only batches that have finished processing can be deleted; cancel a
        running batch first.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        return self._delete(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeletedMessageBatch,
        )

    def cancel(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """
        Stop a batch before it finishes. The batch moves to `canceling`; requests already running
        may still complete, and the rest are counted as canceled once it ends.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        return self._post(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=MessageBatch,
        )

    def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> JSONLDecoder[MessageBatchIndividualResponse]:
        """
        Download the results of an ended batch as JSON Lines, one line per request. Lines are not in
        request order: match them to requests by `custom_id`.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        source = self.retrieve(
            message_batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        url = source.results_url
        if not url:
            raise AnthropicError("`results_url` is not available yet: it is set once processing has ended")
        return self._get(
            url,
            options=make_request_options(
                extra_headers=merge_headers({"Accept": "application/x-jsonl"}, extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=JSONLDecoder[MessageBatchIndividualResponse],
            stream=True,
        )


class AsyncBatches(AsyncAPIResource):
    """Process many Messages requests asynchronously, at a lower cost."""

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
        requests: Iterable[Request],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """
        Submit many Messages requests as one batch to be processed asynchronously, at a lower price.
        Processing starts right away and can take up to 24 hours.

        Args:
          requests: The Messages requests to run, each with a `custom_id` of your choice.
        """
        return await self._post(
            "/v1/messages/batches",
            body=compact({"requests": requests}),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=MessageBatch,
        )

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """
        Fetch a message batch and its current status. Safe to call repeatedly to poll until
        `processing_status` is `ended`.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        return await self._get(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=MessageBatch,
        )

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[MessageBatch, AsyncPage[MessageBatch]]:
        """
        List the message batches in the workspace, newest first.

        Args:
          after_id: Page forwards: return the items that come just after the object with this ID
            (use the `last_id` of the current page).
          before_id: Page backwards: return the items that come just before the object with this ID
            (use the `first_id` of the current page).
          limit: How many items to return in one page, from 1 to 1000; 20 if omitted.
        """
        return self._get_api_list(
            "/v1/messages/batches",
            page=AsyncPage[MessageBatch],
            options=make_request_options(
                query=compact({"after_id": after_id, "before_id": before_id, "limit": limit}),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=MessageBatch,
        )

    async def delete(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedMessageBatch:
        """
        Delete a message batch. Only batches that have finished processing can be deleted; cancel a
        running batch first.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        return await self._delete(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeletedMessageBatch,
        )

    async def cancel(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """
        Stop a batch before it finishes. The batch moves to `canceling`; requests already running
        may still complete, and the rest are counted as canceled once it ends.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        return await self._post(
            f"/v1/messages/batches/{path_param('message_batch_id', message_batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=MessageBatch,
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncJSONLDecoder[MessageBatchIndividualResponse]:
        """
        Download the results of an ended batch as JSON Lines, one line per request. Lines are not in
        request order: match them to requests by `custom_id`.

        Args:
          message_batch_id: Which message batch to act on, by its ID.
        """
        source = await self.retrieve(
            message_batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        url = source.results_url
        if not url:
            raise AnthropicError("`results_url` is not available yet: it is set once processing has ended")
        return await self._get(
            url,
            options=make_request_options(
                extra_headers=merge_headers({"Accept": "application/x-jsonl"}, extra_headers),
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=AsyncJSONLDecoder[MessageBatchIndividualResponse],
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
