"""`LegacyAPIResponse`: what `.with_raw_response` methods return.

Its body has been read already (unless the call streams), so `content` and `text` are
plain properties and `parse()` is synchronous, for the async client too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Optional, Type, TypeVar, Union, cast

from ._response import BaseAPIResponse

__all__ = ["LegacyAPIResponse"]

R = TypeVar("R")
_T = TypeVar("_T")


class LegacyAPIResponse(BaseAPIResponse[R]):
    """The raw HTTP response of a call; `.parse()` gives what the call normally returns."""

    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        return cast(Union[R, _T], self._parse(to))

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> object:
        return self.http_response.json()

    def read(self) -> bytes:
        return self.http_response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()
