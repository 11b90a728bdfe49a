"""JSON Lines bodies (one JSON value per line), decoded line by line as they arrive."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, List, Tuple, Type, TypeVar

import pydantic

from .._errors import transport_error
from .._models import json_validator, parse_obj

if TYPE_CHECKING:
    import httpx

__all__ = ["JSONLDecoder", "AsyncJSONLDecoder", "split_lines"]

_T = TypeVar("_T")


def split_lines(pending: bytes, chunk: bytes) -> Tuple[List[bytes], bytes]:
    """The complete lines of `pending + chunk` (without line endings, blank ones dropped)
    and what remains of an unfinished last line."""
    buffer = pending + chunk if pending else chunk
    end = buffer.rfind(b"\n")
    if end < 0:
        return [], buffer
    lines = [line for line in buffer[:end].split(b"\n") if line.strip()]
    return lines, buffer[end + 1 :]


class _JSONLCore(Generic[_T]):
    http_response: httpx.Response

    def __init__(self, *, line_type: Type[_T], http_response: httpx.Response) -> None:
        self._line_type = line_type
        self.http_response = http_response
        self._parse_json = json_validator(line_type)

    def _parse(self, line: bytes) -> _T:
        try:
            return self._parse_json(line)  # type: ignore[no-any-return]
        except pydantic.ValidationError:
            return parse_obj(self._line_type, json.loads(line))


class JSONLDecoder(_JSONLCore[_T]):
    # unasync: twin decoder
    """Iterate over the parsed lines of a streamed response (closes it when done)."""

    def __init__(
        self,
        *,
        raw_iterator: Iterator[bytes],
        line_type: Type[_T],
        http_response: httpx.Response,
    ) -> None:
        super().__init__(line_type=line_type, http_response=http_response)
        self._raw_iterator = raw_iterator
        self._iterator = self.__decode__()

    def __decode__(self) -> Iterator[_T]:
        pending = b""
        parse = self._parse
        try:
            for chunk in self._chunks():
                lines, pending = split_lines(pending, chunk)
                for line in lines:
                    yield parse(line)
            if pending.strip():
                yield parse(pending)
        finally:
            self.http_response.close()

    def _chunks(self) -> Iterator[bytes]:
        try:
            for chunk in self._raw_iterator:
                yield chunk
        except Exception as err:
            converted = transport_error(err, self.http_response.request)
            if converted is None:
                raise
            raise converted from err

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __enter__(self) -> JSONLDecoder[_T]:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.http_response.close()

    # unasync: end


class AsyncJSONLDecoder(_JSONLCore[_T]):
    # unasync: source decoder
    """Iterate over the parsed lines of a streamed response (closes it when done)."""

    def __init__(
        self,
        *,
        raw_iterator: AsyncIterator[bytes],
        line_type: Type[_T],
        http_response: httpx.Response,
    ) -> None:
        super().__init__(line_type=line_type, http_response=http_response)
        self._raw_iterator = raw_iterator
        self._iterator = self.__decode__()

    async def __decode__(self) -> AsyncIterator[_T]:
        pending = b""
        parse = self._parse
        try:
            async for chunk in self._chunks():
                lines, pending = split_lines(pending, chunk)
                for line in lines:
                    yield parse(line)
            if pending.strip():
                yield parse(pending)
        finally:
            await self.http_response.aclose()

    async def _chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._raw_iterator:
                yield chunk
        except Exception as err:
            converted = transport_error(err, self.http_response.request)
            if converted is None:
                raise
            raise converted from err

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __aenter__(self) -> AsyncJSONLDecoder[_T]:
        return self

    async def __aexit__(self, *_exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        await self.http_response.aclose()

    # unasync: end
