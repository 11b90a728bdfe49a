"""File values for multipart uploads.

A file may be given as bytes, a path (`os.PathLike`), an open binary file, or a tuple
`(filename, contents[, media type[, extra part headers]])` whose contents are any of the
former. Paths are read here (with anyio for the async client), so httpx only ever sees
bytes or file objects.
"""

from __future__ import annotations

import io
import os
import pathlib
from collections.abc import Mapping, Sequence
from typing import Any, List, Optional, Tuple, Union

from typing_extensions import TypeGuard

from ._types import FileContent, FileTypes, RequestFiles

__all__ = ["file_from_path", "is_file_content", "to_httpx_files", "async_to_httpx_files"]

HttpxFiles = List[Tuple[str, Any]]


def file_from_path(path: Union[str, os.PathLike[str]]) -> FileTypes:
    """Read a file now and pair its contents with its name: `(basename, bytes)`."""
    contents = pathlib.Path(path).read_bytes()
    return (os.path.basename(os.fspath(path)), contents)


def is_file_content(value: object) -> TypeGuard[FileContent]:
    return isinstance(value, (bytes, bytearray, tuple, io.IOBase, os.PathLike)) or hasattr(value, "read")


def _check(field: str, value: object) -> None:
    if not is_file_content(value):
        raise TypeError(
            f"Expected file contents for `{field}`: bytes, a path (os.PathLike), an open binary file or a "
            f"(filename, contents[, media type]) tuple, but received {type(value).__name__}"
        )


def _pairs(files: RequestFiles) -> Sequence[Tuple[str, FileTypes]]:
    if isinstance(files, Mapping):
        return list(files.items())
    return list(files)


def to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxFiles]:
    """`files` as httpx expects them, with every path read into memory."""
    if files is None:
        return None
    out: HttpxFiles = []
    for field, value in _pairs(files):
        _check(field, value)
        out.append((field, _sync_file(value)))
    return out


def _sync_file(value: FileTypes) -> Any:
    if isinstance(value, os.PathLike):
        path = pathlib.Path(value)
        return (path.name, path.read_bytes())
    if isinstance(value, tuple):
        name, contents, *rest = value
        return (name, _sync_contents(contents), *rest)
    return value


def _sync_contents(contents: Any) -> Any:
    if isinstance(contents, os.PathLike):
        return pathlib.Path(contents).read_bytes()
    return contents


async def async_to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxFiles]:
    """Like `to_httpx_files`, reading paths without blocking the event loop."""
    if files is None:
        return None
    out: HttpxFiles = []
    for field, value in _pairs(files):
        _check(field, value)
        out.append((field, await _async_file(value)))
    return out


async def _async_file(value: FileTypes) -> Any:
    if isinstance(value, os.PathLike):
        import anyio

        path = anyio.Path(value)
        return (path.name, await path.read_bytes())
    if isinstance(value, tuple):
        name, contents, *rest = value
        if isinstance(contents, os.PathLike):
            import anyio

            contents = await anyio.Path(contents).read_bytes()
        return (name, contents, *rest)
    return value
