"""Stage 6: the output directory is replaced all at once; a manifest records the inputs'
and the files' hashes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator import write
from generator.write import MANIFEST, input_hashes, manifest_text, replace_directory, sha256_text

from .helpers import snapshot


def test_replace_creates_the_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_directory({"a.txt": "A", "pkg/b.py": "B = 1\n"}, out)
    assert snapshot(out) == {"a.txt": b"A", "pkg/b.py": b"B = 1\n"}


def test_files_no_longer_generated_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_directory({"keep.txt": "1", "old/gone.txt": "2"}, out)
    (out / "stray.txt").write_text("hand-made", encoding="utf-8")
    replace_directory({"keep.txt": "3", "new.txt": "4"}, out)
    assert snapshot(out) == {"keep.txt": b"3", "new.txt": b"4"}


def test_no_scratch_directories_are_left_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_directory({"a": "1"}, out)
    replace_directory({"a": "2"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_while_writing_leaves_the_previous_tree_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    replace_directory({"a.txt": "old", "b/c.txt": "old"}, out)
    before = snapshot(out)

    def failing_write_tree(files: dict[str, str], root: Path) -> None:
        (root / "partial.txt").write_text("half", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(write, "write_tree", failing_write_tree)
    with pytest.raises(OSError, match="disk full"):
        replace_directory({"a.txt": "new"}, out)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_while_swapping_restores_the_previous_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    replace_directory({"a.txt": "old"}, out)
    before = snapshot(out)
    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:  # fail only when the new tree moves in
        if Path(target) == out.resolve() and ".out-new-" in self.name:
            raise OSError("rename failed")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="rename failed"):
        replace_directory({"a.txt": "new"}, out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_manifest_records_file_and_input_hashes() -> None:
    files = {"b.py": "B\n", "a.txt": "A"}
    document = json.loads(manifest_text(files, {"spec/s.yaml": "abc"}))
    assert document["inputs"] == {"spec/s.yaml": "abc"}
    assert document["files"] == {"a.txt": hashlib.sha256(b"A").hexdigest(), "b.py": sha256_text("B\n")}
    assert list(document["files"]) == ["a.txt", "b.py"]
    assert "do not edit" in document["note"]
    assert manifest_text(files, {"spec/s.yaml": "abc"}) == manifest_text(
        dict(reversed(files.items())), {"spec/s.yaml": "abc"}
    )


def test_input_hashes_cover_every_input_file(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / "s.yaml"
    overlays, templates, generator = tmp_path / "overlays", tmp_path / "templates", tmp_path / "generator"
    for path, text in (
        (spec, "openapi: 3.1.0"),
        (overlays / "sdk.yaml", "a"),
        (overlays / "modules" / "lib" / "x.py", "b"),
        (templates / "sdk" / "t.jinja", "c"),
        (generator / "g.py", "d"),
        (generator / "__pycache__" / "g.cpython-311.pyc", "ignored"),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    hashes = input_hashes(spec, (overlays, templates, generator), tmp_path)
    assert hashes == {
        "generator/g.py": hashlib.sha256(b"d").hexdigest(),
        "overlays/modules/lib/x.py": hashlib.sha256(b"b").hexdigest(),
        "overlays/sdk.yaml": hashlib.sha256(b"a").hexdigest(),
        "spec/s.yaml": hashlib.sha256(b"openapi: 3.1.0").hexdigest(),
        "templates/sdk/t.jinja": hashlib.sha256(b"c").hexdigest(),
    }
    # Inputs outside the base directory keep their own path.
    elsewhere = input_hashes(spec, (overlays, templates, generator), tmp_path / "spec")
    assert f"{overlays.as_posix()}/sdk.yaml" in elsewhere and "s.yaml" in elsewhere


def test_manifest_name() -> None:
    assert MANIFEST == "MANIFEST.json"
