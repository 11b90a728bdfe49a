"""Stage 5: format the rendered tree with ruff (import sorting, unused imports, layout).

The tree is written to a scratch directory, formatted there by one `ruff check --fix`
and one `ruff format` run over the whole tree, and read back: nothing touches the output
directory in this stage. Ruff's settings come from the generated `pyproject.toml`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .diagnostics import Diagnostic, GeneratorError

# Fixes that only ever remove or reorder imports; anything else is left to the templates.
LINT_FIXES = "I,F401"


def _ruff() -> list[str]:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "ruff"]


def write_tree(files: dict[str, str], root: Path) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def read_tree(root: Path, names: list[str]) -> dict[str, str]:
    return {name: (root / name).read_text(encoding="utf-8") for name in names}


def format_tree(files: dict[str, str]) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="sdkgen-format-") as scratch:
        root = Path(scratch)
        write_tree(files, root)
        python_files = sorted(name for name in files if name.endswith(".py"))
        if python_files:
            _run([*_ruff(), "check", "--fix", "--select", LINT_FIXES, "--exit-zero", "--quiet", "."], root)
            _run([*_ruff(), "format", "."], root)  # not --quiet: it would hide parse errors
        return read_tree(root, sorted(files))


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        message = (result.stderr or result.stdout).strip().splitlines()
        detail = "\n".join(message[:20])
        raise GeneratorError([Diagnostic("<generated code>", "", f"ruff failed ({' '.join(command[1:3])}):\n{detail}")])
