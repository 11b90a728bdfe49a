"""Shared test set-up.

Tests import the generated SDK from `generated/src` (or from the directory in the
`SDK_SRC` environment variable, so a developer can test a tree generated elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SDK_SRC = Path(os.environ.get("SDK_SRC", ROOT / "generated" / "src")).resolve()
SHARED = ROOT.parent / "shared"

if str(SDK_SRC) not in sys.path:
    sys.path.insert(0, str(SDK_SRC))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# CI sets REQUIRE_MOCK_SERVER=1: there, nothing a test needs may be missing.
STRICT = os.environ.get("REQUIRE_MOCK_SERVER") == "1"


def require(module: str, why: str) -> Any:
    """Import `module` for a test: skipped (with `why`) where it is not installed, a failure
    in CI (REQUIRE_MOCK_SERVER=1), where every optional dependency must be present."""
    import importlib

    import pytest

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if STRICT:
            pytest.fail(f"{module} is required in CI ({why}): {exc}")
        pytest.skip(f"{module} is not installed ({why})")
