"""The golden test's generation: the fixture under `fixture/`, generated with the project's
templates, restricted to the files derived from the IR.

The runtime core (runtime/) is left out: its modules do not depend on the spec or the
overlay, and they change on their own schedule (the generated `_settings`, `_version` and
`_exceptions` modules are in). The README and the manifest (input
hashes) are left out too.
"""

from __future__ import annotations

import difflib
import shutil
import tempfile
from pathlib import Path

from generator.pipeline import Inputs, generate_files
from generator.write import MANIFEST

from ..generator.helpers import TEMPLATES, empty_runtime

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixture"
EXPECTED = HERE / "expected"
SPEC = FIXTURE / "spec" / "golden.openapi.yaml"
OVERLAYS = FIXTURE / "overlays"
LEFT_OUT = frozenset({MANIFEST, "README.md"})
REFRESH_COMMAND = "`.venv/bin/python -m tests.golden.refresh` (or `UPDATE_GOLDEN=1 .venv/bin/pytest tests/golden`)"


def generate_golden() -> dict[str, str]:
    """{path relative to the distribution root: text} of the IR-derived files."""
    with tempfile.TemporaryDirectory(prefix="golden-runtime-") as scratch:
        runtime = empty_runtime(Path(scratch) / "runtime")
        files = generate_files(
            Inputs(spec=SPEC, overlays=OVERLAYS, templates=TEMPLATES, root=FIXTURE, runtime=runtime), strict=True
        ).files
    return {name: text for name, text in files.items() if name not in LEFT_OUT}


def read_expected(root: Path = EXPECTED) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def write_expected(files: dict[str, str], root: Path = EXPECTED) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name, text in sorted(files.items()):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def differences(expected: dict[str, str], actual: dict[str, str]) -> str:
    """A unified diff (expected -> generated) of every file that differs; "" when equal."""
    chunks = []
    for name in sorted(set(expected) | set(actual)):
        if expected.get(name) == actual.get(name):
            continue
        chunks.append(
            "".join(
                difflib.unified_diff(
                    expected.get(name, "").splitlines(keepends=True),
                    actual.get(name, "").splitlines(keepends=True),
                    fromfile=f"tests/golden/expected/{name}" if name in expected else "/dev/null",
                    tofile=f"generated/{name}" if name in actual else "/dev/null",
                )
            )
        )
    return "\n".join(chunks)
