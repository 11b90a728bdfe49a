"""Shared test set-up.

Tests import the generated SDK from `generated/src` (or from the directory in the
`SDK_SRC` environment variable, so a developer can test a tree generated elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SDK_SRC = Path(os.environ.get("SDK_SRC", ROOT / "generated" / "src")).resolve()
SHARED = ROOT.parent / "shared"

if str(SDK_SRC) not in sys.path:
    sys.path.insert(0, str(SDK_SRC))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
