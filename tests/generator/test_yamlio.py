"""Reading YAML: a key given twice in one mapping is an error naming both lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.yamlio import DocumentError, load_document


def test_a_duplicate_key_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "types.yaml"
    path.write_text("types:\n  Message: {model: types.message.Message}\n  Message: {model: types.other.Other}\n")
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert error.value.file == str(path)
    assert "duplicate key 'Message' (line 3; first given on line 2)" in error.value.reason


def test_the_same_key_in_different_mappings_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("a: {name: 1}\nb: {name: 2}\n")
    assert load_document(path) == {"a": {"name": 1}, "b": {"name": 2}}
