"""What a request returns when the caller wants more than the parsed object.

`parse_response` turns an `httpx.Response` into the declared result (the client calls it
directly on the fast path). The response classes wrap the `httpx.Response` for callers of
`.with_raw_response` (`LegacyAPIResponse`: body already read) and
`.with_streaming_response` (`APIResponse`: body read only when asked, inside a context
manager), and for file downloads (`BinaryAPIResponse` and friends).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generic,
    NoReturn,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
)

import httpx
import pydantic

from ._compat import get_args, get_origin
from ._constants import OVERRIDE_CAST_TO_HEADER, RAW_RESPONSE_HEADER
from ._errors import APIResponseValidationError, transport_error
from ._models import parse_json, set_request_id
from ._settings import REQUEST_ID_HEADER
from ._types import NoneType

if TYPE_CHECKING:
    import os

    from ._request import FinalRequestOptions

__all__ = [
    "parse_response",
    "BaseAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_raw_response_wrapper",
    "async_to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
]

R = TypeVar("R")
_T = TypeVar("_T")
_APIResponseT = TypeVar("_APIResponseT", bound="BaseAPIResponse[Any]")


# --------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------


def _is_subclass(tp: Any, base: type) -> bool:
    return isinstance(tp, type) and issubclass(tp, base)


def parse_response(
    *,
    client: Any,
    response: httpx.Response,
    cast_to: Any,
    options: FinalRequestOptions,
    stream: bool = False,
    stream_cls: Any = None,
) -> Any:
    """The declared result of `response`: a model, a stream, a decoder, text, bytes, ..."""
    origin = get_origin(cast_to) or cast_to
    if stream:
        from ._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder

        if _is_subclass(origin, JSONLDecoder):
            return origin(raw_iterator=response.iter_bytes(), line_type=get_args(cast_to)[0], http_response=response)
        if _is_subclass(origin, AsyncJSONLDecoder):
            return origin(raw_iterator=response.aiter_bytes(), line_type=get_args(cast_to)[0], http_response=response)
        from ._streaming import AsyncStream, Stream

        if _is_subclass(origin, (Stream, AsyncStream)):  # type: ignore[arg-type]
            stream_cls = cast_to
        if stream_cls is None:
            stream_cls = getattr(client, "_default_stream_cls", None)
        if stream_cls is not None:
            stream_origin = get_origin(stream_cls) or stream_cls
            args = get_args(stream_cls)
            item = args[0] if args else cast_to
            return stream_origin(cast_to=item, response=response, client=client)
    if cast_to is NoneType or cast_to is None:
        return None
    if origin is httpx.Response:
        return response
    if origin is str:
        return response.text
    if origin is bytes:
        return response.content
    if _is_subclass(origin, BaseAPIResponse):
        return origin(
            raw=response, cast_to=bytes, client=client, stream=stream, stream_cls=None, options=options, retries_taken=0
        )
    strict = bool(getattr(client, "_strict_response_validation", False))
    content_type = response.headers.get("content-type", "")
    body = response.content
    if origin in (int, float, bool) and "json" not in content_type:
        text = response.text.strip()
        return (text.lower() == "true") if origin is bool else origin(text)
    # The body decides, not the Content-Type: valid JSON is parsed whatever the header says
    # (proxies rewrite it), and a body that is not JSON where a type is expected (a captive
    # portal's HTML page, an empty 200) is an error, never handed back as a string.
    try:
        result = parse_json(cast_to, body, strict=strict)
    except pydantic.ValidationError as err:
        raise APIResponseValidationError(response, _decoded(response), message=str(err)) from err
    except ValueError as err:
        if origin is object or cast_to is Any:
            return response.text
        raise APIResponseValidationError(
            response, response.text, message=_not_json_message(response, content_type)
        ) from err
    set_request_id(result, response.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None)
    post_parser = options.post_parser
    if callable(post_parser):
        result = post_parser(result)
    return result


# How much of an unexpected body an error message quotes.
BODY_PREVIEW_CHARS = 200


def _not_json_message(response: httpx.Response, content_type: str) -> str:
    text = response.text
    preview = text[:BODY_PREVIEW_CHARS] + ("..." if len(text) > BODY_PREVIEW_CHARS else "")
    return (
        f"Expected a JSON body but the response (status {response.status_code},"
        f" content type {content_type or 'not given'!r}) starts with {preview!r}."
    )


def _decoded(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text


# --------------------------------------------------------------------------------------
# Response objects
# --------------------------------------------------------------------------------------


class BaseAPIResponse(Generic[R]):
    """The HTTP response of one call, and how to get the declared result out of it."""

    http_response: httpx.Response
    retries_taken: int

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Type[R],
        client: Any,
        stream: bool,
        stream_cls: Any,
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self.http_response = raw
        self._cast_to = cast_to
        self._client = client
        self._stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.retries_taken = retries_taken
        self._parsed: Dict[Any, Any] = {}

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> Any:
        """Time from sending the request to reading the whole response."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        return cast(Optional[str], self.http_response.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]"
            f" type={getattr(self._cast_to, '__name__', self._cast_to)}>"
        )

    def _parse(self, to: Any) -> Any:
        target = to if to is not None else self._cast_to
        if target in self._parsed:
            return self._parsed[target]
        stream_cls = self._stream_cls
        if to is not None:
            from ._streaming import AsyncStream, Stream

            if _is_subclass(get_origin(to) or to, (Stream, AsyncStream)):  # type: ignore[arg-type]
                stream_cls = to
        result = parse_response(
            client=self._client,
            response=self.http_response,
            cast_to=target,
            options=self._options,
            stream=self._stream,
            stream_cls=stream_cls,
        )
        self._parsed[target] = result
        return result


class APIResponse(BaseAPIResponse[R]):
    # unasync: twin api-response
    """A response whose body is read on demand (`.with_streaming_response`)."""

    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The declared result (or `to`, another type to read the body as). Cached."""
        if not self._stream:
            self.read()
        return cast(Union[R, _T], self._parse(to))

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as err:
            raise RuntimeError("The body was already consumed by iterating over it; it cannot be read again.") from err
        except Exception as err:
            self._reading_failed(err)

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        try:
            for chunk in self.http_response.iter_bytes(chunk_size):
                yield chunk
        except Exception as err:
            self._reading_failed(err)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        try:
            for chunk in self.http_response.iter_text(chunk_size):
                yield chunk
        except Exception as err:
            self._reading_failed(err)

    def iter_lines(self) -> Iterator[str]:
        try:
            for line in self.http_response.iter_lines():
                yield line
        except Exception as err:
            self._reading_failed(err)

    def _reading_failed(self, err: Exception) -> NoReturn:
        """Release the connection and raise a transport failure as the client's error."""
        self.http_response.close()
        converted = transport_error(err, self.http_response.request)
        if converted is None:
            raise err
        raise converted from err

    # unasync: end


class AsyncAPIResponse(BaseAPIResponse[R]):
    # unasync: source api-response
    """A response whose body is read on demand (`.with_streaming_response`)."""

    async def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The declared result (or `to`, another type to read the body as). Cached."""
        if not self._stream:
            await self.read()
        return cast(Union[R, _T], self._parse(to))

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as err:
            raise RuntimeError("The body was already consumed by iterating over it; it cannot be read again.") from err
        except Exception as err:
            await self._reading_failed(err)

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except Exception as err:
            await self._reading_failed(err)

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        try:
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk
        except Exception as err:
            await self._reading_failed(err)

    async def iter_lines(self) -> AsyncIterator[str]:
        try:
            async for line in self.http_response.aiter_lines():
                yield line
        except Exception as err:
            await self._reading_failed(err)

    async def _reading_failed(self, err: Exception) -> NoReturn:
        """Release the connection and raise a transport failure as the client's error."""
        await self.http_response.aclose()
        converted = transport_error(err, self.http_response.request)
        if converted is None:
            raise err
        raise converted from err

    # unasync: end


class BinaryAPIResponse(APIResponse[bytes]):
    """A downloaded file (its body is already read)."""

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to `file` (replacing it)."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes():
                out.write(chunk)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to `file` (replacing it) without blocking the event loop."""
        import anyio

        async with await anyio.Path(file).open(mode="wb") as out:
            async for chunk in self.iter_bytes():
                await out.write(chunk)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A file download whose body has not been read yet."""

    def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Copy the body to `file` as it arrives."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Copy the body to `file` as it arrives, without blocking the event loop."""
        import anyio

        async with await anyio.Path(file).open(mode="wb") as out:
            async for chunk in self.iter_bytes(chunk_size):
                await out.write(chunk)


# --------------------------------------------------------------------------------------
# The `.with_raw_response` / `.with_streaming_response` wrappers
# --------------------------------------------------------------------------------------


class ResponseContextManager(Generic[_APIResponseT]):
    """Sends the request on enter, closes the response on exit."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_APIResponseT] = None

    def __enter__(self) -> _APIResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(self, *_exc: Any) -> None:
        if self._response is not None:
            self._response.http_response.close()


class AsyncResponseContextManager(Generic[_APIResponseT]):
    """Sends the request on enter, closes the response on exit (async)."""

    def __init__(self, request_coro: Awaitable[_APIResponseT]) -> None:
        self._request_coro = request_coro
        self._response: Optional[_APIResponseT] = None

    async def __aenter__(self) -> _APIResponseT:
        self._response = await self._request_coro
        return self._response

    async def __aexit__(self, *_exc: Any) -> None:
        if self._response is not None:
            await self._response.http_response.aclose()


# The functions the wrappers take and give (generated code's resource methods).
_Function = Callable[..., Any]
_AsyncFunction = Callable[..., Awaitable[Any]]


def _with_headers(kwargs: Dict[str, Any], extra: Dict[str, Any]) -> Dict[str, Any]:
    kwargs["extra_headers"] = {**(kwargs.get("extra_headers") or {}), **extra}
    return kwargs


# unasync: twin raw-wrapper
def to_raw_response_wrapper(func: _Function) -> _Function:
    """`func` returning the raw response (body read; `.parse()` gives the usual result)."""

    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **_with_headers(kwargs, {RAW_RESPONSE_HEADER: "raw"}))

    return wrapped


def to_custom_raw_response_wrapper(func: _Function, response_cls: Type[Any]) -> _Function:
    """Like `to_raw_response_wrapper`, returning an instance of `response_cls`."""

    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        extra = {RAW_RESPONSE_HEADER: "raw", OVERRIDE_CAST_TO_HEADER: response_cls}
        return func(*args, **_with_headers(kwargs, extra))

    return wrapped


# unasync: end


# unasync: source raw-wrapper
def async_to_raw_response_wrapper(func: _AsyncFunction) -> _AsyncFunction:
    """`func` returning the raw response (body read; `.parse()` gives the usual result)."""

    @functools.wraps(func)
    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        return await func(*args, **_with_headers(kwargs, {RAW_RESPONSE_HEADER: "raw"}))

    return wrapped


def async_to_custom_raw_response_wrapper(func: _AsyncFunction, response_cls: Type[Any]) -> _AsyncFunction:
    """Like `to_raw_response_wrapper`, returning an instance of `response_cls`."""

    @functools.wraps(func)
    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        extra = {RAW_RESPONSE_HEADER: "raw", OVERRIDE_CAST_TO_HEADER: response_cls}
        return await func(*args, **_with_headers(kwargs, extra))

    return wrapped


# unasync: end


def to_streamed_response_wrapper(func: Callable[..., Any]) -> Callable[..., ResponseContextManager[Any]]:
    """`func` returning a context manager around the response, whose body is read lazily."""

    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseContextManager[Any]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream"})
        return ResponseContextManager(functools.partial(func, *args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[..., Awaitable[Any]],
) -> Callable[..., AsyncResponseContextManager[Any]]:
    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> AsyncResponseContextManager[Any]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream"})
        return AsyncResponseContextManager(func(*args, **kwargs))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[..., Any], response_cls: Type[Any]
) -> Callable[..., ResponseContextManager[Any]]:
    """Like `to_streamed_response_wrapper`, yielding an instance of `response_cls`."""

    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseContextManager[Any]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: response_cls})
        return ResponseContextManager(functools.partial(func, *args, **kwargs))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[..., Awaitable[Any]], response_cls: Type[Any]
) -> Callable[..., AsyncResponseContextManager[Any]]:
    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> AsyncResponseContextManager[Any]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: response_cls})
        return AsyncResponseContextManager(func(*args, **kwargs))

    return wrapped
