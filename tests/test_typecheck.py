"""The generated package is lint-clean under ruff and passes `mypy --strict`.

Both use the settings in the generated distribution's own pyproject.toml, so a user who
runs them inside generated/ sees the same result.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = Path(os.environ.get("SDK_SRC", ROOT / "generated" / "src")).resolve().parent


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)


def test_ruff_is_clean_on_the_generated_package() -> None:
    result = run([sys.executable, "-m", "ruff", "check", "--no-cache", "src"], DIST)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_the_generated_package(tmp_path: Path) -> None:
    result = run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(DIST / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "-p",
            "anthropic",
        ],
        DIST / "src",
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
