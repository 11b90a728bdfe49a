"""Golden test: the fixture spec and overlay, generated with the project's templates,
must give exactly the committed `expected/` tree (IR-derived files only, see golden.py).

Refresh after an intended change with `.venv/bin/python -m tests.golden.refresh`
(or `UPDATE_GOLDEN=1 .venv/bin/pytest tests/golden`), then review `git diff`.
"""

from __future__ import annotations

import os

import pytest

from .golden import REFRESH_COMMAND, differences, generate_golden, read_expected, write_expected


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    files = generate_golden()
    if os.environ.get("UPDATE_GOLDEN"):
        write_expected(files)
    return files


def test_generated_files_match_the_expected_tree(generated: dict[str, str]) -> None:
    expected = read_expected()
    assert expected, f"tests/golden/expected/ is missing: run {REFRESH_COMMAND}"
    diff = differences(expected, generated)
    if diff:
        pytest.fail(
            f"the generated golden SDK differs from tests/golden/expected/:\n\n{diff}\n"
            f"If the change is intended, run {REFRESH_COMMAND} and commit the result.",
            pytrace=False,
        )


def test_the_tree_has_what_the_fixture_asks_for(generated: dict[str, str]) -> None:
    src = "src/goldensdk"
    for name in (
        "pyproject.toml",
        f"{src}/__init__.py",
        f"{src}/_client.py",
        f"{src}/pagination.py",
        f"{src}/lib/helpers.py",
        f"{src}/types/__init__.py",
        f"{src}/types/message.py",
        f"{src}/types/message_create_params.py",
        f"{src}/types/content_block.py",
        f"{src}/resources/__init__.py",
        f"{src}/resources/messages.py",
        f"{src}/resources/models.py",
        f"{src}/resources/files.py",
    ):
        assert name in generated, name
    for name, text in generated.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
    # The overlay's descriptions reach the code; the hand-written module is copied verbatim.
    assert '"""A reply from the model."""' in generated[f"{src}/types/message.py"]
    assert "Send a conversation and read back the reply." in generated[f"{src}/resources/messages.py"]
    helpers = (os.path.dirname(__file__), "fixture", "overlays", "modules", "helpers.py")
    with open(os.path.join(*helpers), encoding="utf-8") as handle:
        assert generated[f"{src}/lib/helpers.py"] == handle.read()


def test_differences_show_a_unified_diff() -> None:
    diff = differences({"a.py": "x = 1\ny = 2\n", "gone.py": "z\n"}, {"a.py": "x = 1\ny = 3\n", "new.py": "n\n"})
    assert "--- tests/golden/expected/a.py\n+++ generated/a.py\n" in diff
    assert "-y = 2\n+y = 3\n" in diff
    assert "--- tests/golden/expected/gone.py\n+++ /dev/null\n" in diff
    assert "--- /dev/null\n+++ generated/new.py\n" in diff
    assert differences({"a": "1"}, {"a": "1"}) == ""
