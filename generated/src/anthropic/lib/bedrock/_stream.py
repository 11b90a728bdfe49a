"""`Stream` / `AsyncStream` reading Bedrock's event stream instead of server-sent events."""

from __future__ import annotations

import json
from typing import Any, Optional, TypeVar

import httpx

from ..._compat import get_args, get_origin
from ..._streaming import AsyncStream, RawEvent, Stream
from ._stream_decoder import AWSEventStreamDecoder

__all__ = ["BedrockStream", "AsyncBedrockStream", "bedrock_stream_cls"]

_T = TypeVar("_T")

# HTTP statuses of the exceptions Bedrock can send in the middle of a stream (by the
# lower-cased exception name), so they raise the same error classes as a failed request.
_EXCEPTION_STATUS: dict[str, int] = {
    "validationexception": 400,
    "accessdeniedexception": 403,
    "resourcenotfoundexception": 404,
    "modeltimeoutexception": 408,
    "modelerrorexception": 424,
    "modelstreamerrorexception": 424,
    "throttlingexception": 429,
    "modelnotreadyexception": 429,
    "servicequotaexceededexception": 429,
    "internalserverexception": 500,
    "serviceunavailableexception": 503,
}


def _exception_status(event: RawEvent) -> Optional[int]:
    try:
        body = json.loads(event[1])
        kind = body["error"]["type"]
    except (ValueError, KeyError, TypeError):
        return None
    return _EXCEPTION_STATUS.get(str(kind).lower())


def _raise_bedrock_exception(stream: Any, event: RawEvent) -> bool:
    """Raise an AWS exception event as the status error it stands for; False if it is not one."""
    status = _exception_status(event)
    if status is None:
        return False
    original: httpx.Response = stream.response
    stand_in = httpx.Response(status, headers=original.headers, request=original.request)
    body = json.loads(event[1])
    message = body["error"].get("message") or body["error"]["type"]
    from ..._exceptions import make_status_error

    raise make_status_error(f"{body['error']['type']}: {message}", body=body, response=stand_in)


class BedrockStream(Stream[_T]):
    """A synchronous stream of the events of a Bedrock `invoke-with-response-stream` call."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._decoder = AWSEventStreamDecoder()  # type: ignore[assignment]

    def _raise_error_event(self, event: RawEvent) -> None:
        _raise_bedrock_exception(self, event)
        super()._raise_error_event(event)


class AsyncBedrockStream(AsyncStream[_T]):
    """An asynchronous stream of the events of a Bedrock `invoke-with-response-stream` call."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._decoder = AWSEventStreamDecoder()  # type: ignore[assignment]

    def _raise_error_event(self, event: RawEvent) -> None:
        _raise_bedrock_exception(self, event)
        super()._raise_error_event(event)


def bedrock_stream_cls(stream_cls: Any) -> Any:
    """`stream_cls` with the SDK's `Stream` / `AsyncStream` replaced by the Bedrock ones
    (same item type); any other class is returned as it is."""
    if stream_cls is None:
        return None
    origin = get_origin(stream_cls) or stream_cls
    replacement = {Stream: BedrockStream, AsyncStream: AsyncBedrockStream}.get(origin)
    if replacement is None:
        return stream_cls
    args = get_args(stream_cls)
    return replacement[args[0]] if args else replacement
