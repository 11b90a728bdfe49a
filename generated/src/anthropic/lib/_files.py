"""Upload a whole directory (e.g. a skill: `SKILL.md` and the files next to it)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

import anyio

__all__ = ["files_from_dir", "async_files_from_dir"]

# (path relative to the directory, contents): the path is the upload's file name, so the
# server sees the directory layout.
_DirFile = tuple[str, bytes]


def _relative_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory} is not a directory")
    found = [path for path in directory.rglob("*") if path.is_file()]
    return sorted(found, key=lambda path: path.relative_to(directory).as_posix())


def _name(directory: Path, path: Path) -> str:
    # Uploads name files after the directory they came from, as `<dir>/<relative path>`.
    return f"{directory.name}/{path.relative_to(directory).as_posix()}"


def files_from_dir(directory: Union[str, os.PathLike[str]]) -> list[_DirFile]:
    """Every file under `directory` (recursively, in a stable order), ready for an upload
    parameter that takes a list of files, such as `client.beta.skills.create(files=...)`."""
    root = Path(directory)
    return [(_name(root, path), path.read_bytes()) for path in _relative_files(root)]


async def async_files_from_dir(directory: Union[str, os.PathLike[str]]) -> list[_DirFile]:
    """`files_from_dir`, reading the files without blocking the event loop."""
    root = Path(directory)
    paths = await anyio.to_thread.run_sync(_relative_files, root)
    return [(_name(root, path), await anyio.Path(path).read_bytes()) for path in paths]
