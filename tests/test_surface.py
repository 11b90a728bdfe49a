"""The installed wheel exposes the official 0.79.0 public surface (>= 99.5%, no module missing).

The wheel is built from generated/ and installed into a scratch directory; the reference
tool in ../shared introspects it from a neutral working directory, so nothing from the
checkout can shadow the installed package.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SURFACE_TOOL = SHARED / "tools" / "surface.py"
TARGET = SHARED / "reference" / "sdk-surface-0.79.0.json"
PRIVATE = SHARED / "reference" / "private-compat-0.79.0.json"

MINIMUM_COVERAGE = 99.5

pytestmark = pytest.mark.skipif(
    not (SURFACE_TOOL.exists() and TARGET.exists()),
    reason="../shared/ (the reference surface and its tool) is not available in this checkout",
)


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT / "generated")],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def run_tool(*args: str, site: Path, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SDK_SRC")}
    env["PYTHONPATH"] = str(site)
    result = subprocess.run(
        [sys.executable, str(SURFACE_TOOL), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_surface_of_the_installed_wheel(installed_wheel: Path, tmp_path: Path) -> None:
    dump = tmp_path / "surface.json"
    run_tool("dump", str(dump), "--also", str(PRIVATE), site=installed_wheel, cwd=tmp_path)
    report = run_tool("compare", str(TARGET), str(dump), "--detail", "60", site=installed_wheel, cwd=tmp_path)
    coverage = float(re.search(r"= ([0-9.]+)% of the target", report).group(1))  # type: ignore[union-attr]
    missing_modules = int(re.search(r"missing module: (\d+)", report).group(1))  # type: ignore[union-attr]
    assert missing_modules == 0, report
    assert coverage >= MINIMUM_COVERAGE, report
