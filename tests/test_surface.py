"""The installed wheel exposes the official 0.79.0 public surface: every module and name of the
reference (module-level type aliases included), every field, parameter and member, and each
model's fields in the official order.

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

    def count(label: str) -> int:
        found = re.search(rf"^{re.escape(label)}[^:]*: (\d+)", report, re.MULTILINE)
        assert found is not None, f"'{label}' is not in the report:\n{report}"
        return int(found.group(1))

    for label in ("missing module", "missing name", "missing field", "missing param", "missing member"):
        assert count(label) == 0, report
    assert count("model field order differing") == 0, report


def test_every_name_of_the_reference_imports_from_its_path(installed_wheel: Path, tmp_path: Path) -> None:
    """What pydantic-ai and other libraries do: `from <module> import <name>` for each name of the
    reference (e.g. `from anthropic.types.beta.beta_web_fetch_tool_result_block_param import Content`)."""
    script = tmp_path / "imports.py"
    script.write_text(
        "import importlib, json, sys\n"
        "target = json.load(open(sys.argv[1]))['modules']\n"
        "failed = []\n"
        "for module, info in target.items():\n"
        "    try:\n"
        "        loaded = importlib.import_module(module)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{module}: {exc!r}')\n"
        "        continue\n"
        "    for name in info.get('names', {}):\n"
        "        try:\n"
        "            exec(f'from {module} import {name}', {})\n"
        "        except Exception as exc:\n"
        "            failed.append(f'{module}.{name}: {exc!r}')\n"
        "print('\\n'.join(failed))\n"
        "print(sum(len(i.get('names', {})) for i in target.values()), 'names')\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SDK_SRC")}
    env["PYTHONPATH"] = str(installed_wheel)
    result = subprocess.run(
        [sys.executable, str(script), str(TARGET)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert lines[-1].endswith(" names") and int(lines[-1].split()[0]) > 1000
    assert lines[:-1] == [], "\n".join(lines[:-1])
