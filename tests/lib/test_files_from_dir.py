"""`anthropic.lib.files_from_dir`: a directory as a list of uploads named by their paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from anthropic.lib import async_files_from_dir, files_from_dir


@pytest.fixture
def skill(tmp_path: Path) -> Path:
    root = tmp_path / "pdf-skill"
    (root / "scripts").mkdir(parents=True)
    (root / "SKILL.md").write_text("# PDF\n")
    (root / "scripts" / "fill.py").write_bytes(b"print('fill')\n")
    return root


def test_files_are_named_after_the_directory_and_their_path(skill: Path) -> None:
    assert files_from_dir(skill) == [
        ("pdf-skill/SKILL.md", b"# PDF\n"),
        ("pdf-skill/scripts/fill.py", b"print('fill')\n"),
    ]


def test_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError, match="nope"):
        files_from_dir(tmp_path / "nope")


@pytest.mark.anyio
async def test_the_async_variant_reads_the_same_files(skill: Path) -> None:
    assert await async_files_from_dir(str(skill)) == files_from_dir(skill)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
