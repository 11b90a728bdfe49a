"""Hand-written helpers merged into the generated package (streaming, tools, parsing, platforms)."""

from __future__ import annotations

from ._files import async_files_from_dir, files_from_dir

__all__ = ["files_from_dir", "async_files_from_dir"]
