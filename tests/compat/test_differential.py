"""Differential tests: the same corpus through the official `anthropic==0.79.0` and through ours,
compared as data (see probe.py for the corpus).

The official package is installed once from the package registry into a virtual environment of
its own under `.cache/compat/` and used as a black-box oracle: only its outputs are compared.
Where we deliberately differ, the case is listed in DELIBERATE with the reason; an entry that no
longer matches a differing case fails the test, so the list stays true.
"""

from __future__ import annotations

import fcntl
import fnmatch
import json
import os
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SDK_SRC

OFFICIAL_VERSION = "0.79.0"
CACHE = ROOT / ".cache" / "compat"
OFFICIAL_ENV = CACHE / f"official-{OFFICIAL_VERSION}"
PROBE = Path(__file__).with_name("probe.py")

# Case ids (shell patterns) where we differ on purpose, and why.
DELIBERATE: dict[str, dict[str, str]] = {
    "models": {
        "*/unknown_variant/construct*": "construct() keeps a union variant this version does not know as a plain model "
        "with every field the data has; the official builds the first variant of the union (a text block whose "
        "`type` is the unknown tag and whose text is None)",
        "*/unknown_variant/model_construct": "as above",
        "Message/all-blocks/*construct*": "as above (the corpus includes an unknown variant)",
        "*ErrorResponse/unknown/*construct": "as above: an error type this version does not know stays a plain model",
        "ModelInfo/basic/*construct": "construct() reads timestamps with Pydantic's parser: equal values, whose "
        "timezone object prints as TzInfo(0) rather than datetime.timezone.utc",
        "MessageBatch/basic/*construct": "as above",
    },
    "requests": {
        "beta.*.list": "a beta list call keeps the `?beta=true` query of its path when it has query parameters; the "
        "official drops it then (it sends the call to the non-beta path)",
        "path-param/encoded": "path parameters are percent-encoded, so a value can never change the path (the "
        "official sends `a/b?c` as two path segments and a query)",
    },
    "schemas": {
        "transform/ref": "a top-level `$ref` keeps the `$defs` it refers to; the official returns the bare reference, "
        "which the API cannot resolve",
        "transform/nullable-type-list": 'a `type` list (`["string", "null"]`) is kept and its one non-null type '
        "decides the rules; the official fails with an AssertionError",
        "transform/items-as-list": "`items` as a list (the old tuple form) moves into the description; the official "
        "fails with a TypeError",
    },
    "errors": {},
    "stream_errors": {
        "*": "an error event inside a stream is raised as the class of its error type (OverloadedError, ...), a "
        "subclass of the APIStatusError the official raises, so `except OverloadedError` catches overloads "
        "mid-stream too; the message and body are the official's",
    },
}
BILLING_AND_UNKNOWN_STREAM_ERRORS = ("billing_error", "brand_new_error")  # no class of their own: identical


def official_python() -> Path:
    """The interpreter of the official package's environment (created on first use)."""
    python = OFFICIAL_ENV / "bin" / "python"
    marker = OFFICIAL_ENV / ".complete"
    if marker.exists():
        return python
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one creator when the tests run in parallel
        if not marker.exists():
            venv.create(OFFICIAL_ENV, with_pip=True, clear=True)
            install = subprocess.run(
                [
                    str(python),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    f"anthropic=={OFFICIAL_VERSION}",
                ],
                capture_output=True,
                text=True,
                timeout=600,
            )
            if install.returncode != 0:
                message = f"cannot install the official anthropic {OFFICIAL_VERSION}: {install.stderr[-1500:]}"
                if os.environ.get("REQUIRE_MOCK_SERVER") == "1":
                    pytest.fail(message)
                pytest.skip(message)
            marker.write_text(OFFICIAL_VERSION, encoding="utf-8")
    return python


def run_probe(python: Path, suite: str, *, ours: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SDK_SRC")}
    if ours:
        env["PYTHONPATH"] = str(SDK_SRC)
    result = subprocess.run(
        [str(python), str(PROBE), suite],
        cwd=PROBE.parent.parent.parent / ".cache",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"the {suite} probe failed ({'ours' if ours else 'official'}):\n{result.stderr[-3000:]}"
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def official() -> Path:
    return official_python()


SUITES = sorted(DELIBERATE)
MINIMUM_CASES = {"models": 800, "requests": 30, "schemas": 55, "errors": 120, "stream_errors": 10}


@pytest.mark.parametrize("suite", SUITES)
def test_ours_matches_the_official_package(suite: str, official: Path) -> None:
    (ROOT / ".cache").mkdir(exist_ok=True)
    theirs = run_probe(official, suite, ours=False)
    mine = run_probe(Path(sys.executable), suite, ours=True)
    assert set(mine) == set(theirs), "the two probes ran different corpora"
    assert len(theirs) >= MINIMUM_CASES[suite]
    differing = sorted(case for case in theirs if theirs[case] != mine[case])
    deliberate = DELIBERATE[suite]
    unexplained = [case for case in differing if not any(fnmatch.fnmatchcase(case, p) for p in deliberate)]
    report = "\n".join(
        f"{case}\n  official: {json.dumps(theirs[case])[:600]}\n  ours:     {json.dumps(mine[case])[:600]}"
        for case in unexplained
    )
    assert not unexplained, f"{len(unexplained)} case(s) of '{suite}' differ from the official package:\n{report}"
    stale = [p for p in deliberate if not any(fnmatch.fnmatchcase(case, p) for case in differing)]
    assert not stale, f"deliberate differences that no case shows any more (remove them): {stale}"
    if suite == "stream_errors":
        for kind in BILLING_AND_UNKNOWN_STREAM_ERRORS:
            assert theirs[kind] == mine[kind]
        for case in differing:  # the class differs, everything else is the official's
            assert {k: v for k, v in mine[case].items() if k != "raises"} == {
                k: v for k, v in theirs[case].items() if k != "raises"
            }
            assert theirs[case]["raises"] == "APIStatusError"
