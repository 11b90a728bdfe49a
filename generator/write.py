"""Stage 6: replace the output directory with the new tree, all at once.

The new tree is assembled next to the output directory and swapped in with renames, so
a failure at any point leaves the previous tree untouched; files that are no longer
generated disappear with the old tree. A manifest records the inputs' hashes and every
file's hash, so a stale or hand-edited tree can be detected without regenerating.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .format import write_tree

MANIFEST = "MANIFEST.json"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def input_hashes(spec: Path, directories: Sequence[Path], base: Path) -> dict[str, str]:
    """Hashes of everything the output depends on (the spec and every file under the input
    directories), keyed by path relative to `base`."""
    hashes: dict[str, str] = {}
    paths = [spec]
    for directory in directories:
        paths.extend(p for p in directory.rglob("*") if p.is_file() and is_source(p.relative_to(directory)))
    for path in sorted(paths):
        try:
            key = path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            key = path.as_posix()
        hashes[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def is_source(relative: Path) -> bool:
    """Tool caches (`.ruff_cache`, `.mypy_cache`, `__pycache__`) are neither inputs nor output."""
    return (
        not any(part.startswith(".") or part == "__pycache__" for part in relative.parts) and relative.suffix != ".pyc"
    )


def manifest_text(files: dict[str, str], inputs: dict[str, str]) -> str:
    document = {
        "note": "Written by the generator; do not edit. `python -m generator status` compares it with the inputs.",
        "inputs": inputs,
        "files": {name: sha256_text(text) for name, text in sorted(files.items())},
    }
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def replace_directory(files: dict[str, str], output: Path) -> None:
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-new-", dir=output.parent))
    try:
        write_tree(files, staging)
        retired = None
        if output.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{output.name}-old-", dir=output.parent))
            output.rename(retired / output.name)
        try:
            staging.rename(output)
        except BaseException:
            if retired is not None:  # put the previous tree back
                (retired / output.name).rename(output)
                retired.rmdir()
            raise
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
