"""The generated `orchard` package: type-checked, free of any trace of the shipped API, its
hostile strings intact, and every endpoint working against the mock server, sync and async."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.conftest import ROOT

from .conftest import FIXTURE, SPEC, TOKEN, generate_fixture

pytestmark = pytest.mark.usefixtures("orchard_src")

FOREIGN_WORDS = re.compile(r"anthropic|claude|\bbetas?\b|529", re.IGNORECASE)


def client(base_url: str, **kwargs: Any) -> Any:
    import orchard

    return orchard.Orchard(base_url=base_url, token=TOKEN, max_retries=0, **kwargs)


def async_client(base_url: str, **kwargs: Any) -> Any:
    import orchard

    return orchard.AsyncOrchard(base_url=base_url, token=TOKEN, max_retries=0, **kwargs)


# ------------------------------------------------------------------------------------------
# the generated package


def test_it_type_checks_and_lints(orchard_src: Path) -> None:
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", "/dev/null", str(orchard_src / "orchard")],
        capture_output=True,
        text=True,
        cwd=orchard_src,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--config",
            str(orchard_src.parent / "pyproject.toml"),
            ".",
        ],
        capture_output=True,
        text=True,
        cwd=orchard_src,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]


def test_no_trace_of_the_shipped_api(orchard_src: Path) -> None:
    for root in (FIXTURE, orchard_src.parent):
        for path in sorted(root.rglob("*")):
            # (MANIFEST.json holds only hashes and paths of the inputs.)
            skipped = "__pycache__" in path.parts or any(part.startswith(".") for part in path.parts)
            if path.is_file() and not skipped and path.name != "MANIFEST.json":
                found = FOREIGN_WORDS.findall(path.read_text(encoding="utf-8"))
                assert not found, f"{path}: {sorted(set(found))}"


def test_hostile_strings_arrive_intact(orchard_src: Path) -> None:
    from typing import get_args

    import orchard
    from orchard import _constants, _settings
    from orchard.types.species import Species
    from orchard.types.tree import Tree

    sdk = yaml.safe_load((FIXTURE / "overlays" / "sdk.yaml").read_text(encoding="utf-8"))
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert sdk["constants"]["SEASONS"] == _constants.SEASONS  # type: ignore[attr-defined]
    assert set(get_args(Species)) == set(spec["components"]["schemas"]["Species"]["enum"])
    assert orchard.Orchard.__doc__ is not None and sdk["client"]["doc"].split("\n")[0] in orchard.Orchard.__doc__
    assert '"""' in (Tree.__doc__ or "") and (Tree.__doc__ or "").endswith("backslash \\")
    assert _settings.PLATFORM_HEADER_PREFIX == "X-Orchard-Client-"
    pyproject = (orchard_src.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert f"description = {json.dumps(sdk['package']['summary'])}" in pyproject
    # The client sends the overlay's header value byte for byte.
    sent: list[httpx.Request] = []
    handler = httpx.MockTransport(lambda request: (sent.append(request), httpx.Response(200, json=TREE))[1])
    client("http://127.0.0.1:9", http_client=httpx.Client(transport=handler)).trees.retrieve("tree_1")
    assert sent[0].headers["X-Orchard-Version"] == sdk["client"]["default_headers"]["X-Orchard-Version"]


TREE = {
    "id": "tree_1",
    "species": "apple",
    "height_cm": 1,
    "label": None,
    "branches": [],
    "planted": {"on": "2020-01-01", "by": "a"},
}


# ------------------------------------------------------------------------------------------
# every endpoint against the mock server


def test_endpoints(orchard_server: str, tmp_path: Path) -> None:
    import orchard
    from orchard.types.tree import Tree

    api = client(orchard_server)
    page = api.trees.list(limit=2, species="apple", x_orchard_trace="t-1")
    assert type(page).__name__.startswith("SyncCursorPage")
    (tree,) = page.items
    assert isinstance(tree, Tree) and tree.branches[0].branches[0].length_cm == 20  # recursive schema
    assert tree.planted.on.isoformat() == "2020-03-01"
    assert tree.label == 'Grandma\'s "best" tree'
    assert not page.has_next_page()
    planted = api.trees.plant(species="pear", label="x", session="s-1", idempotency_token="k")
    assert planted.id == "tree_2" and planted.label == "A \\ backslash"
    assert api.trees.retrieve("tree_1").label == "line one\nline two"
    harvest = api.harvests.create(tree_id="tree_1")
    assert (harvest.fruit, harvest.grade) == (12, "A")
    events = list(api.harvests.create(tree_id="tree_1", stream=True))
    assert [(type(e).__name__, e.kind) for e in events] == [("Picked", "picked"), ("Done", "done")]
    stored = api.files.upload(file=("notes.txt", b"ten bytes!", "text/plain"), note="n")
    assert (stored.id, stored.bytes) == ("file_1", 10)
    download = api.files.download("file_1")
    download.write_to_file(tmp_path / "out.bin")
    assert (tmp_path / "out.bin").exists()
    # The API's own error envelope and status class: a 418 is a TeapotError.
    with pytest.raises(orchard.TeapotError) as info:
        api.trees.retrieve("tree_1", extra_headers={"Prefer": "code=418"})
    assert info.value.status_code == 418 and isinstance(info.value, orchard.OrchardError)


@pytest.mark.anyio
async def test_async_endpoints(orchard_server: str, tmp_path: Path) -> None:
    import orchard

    api = async_client(orchard_server)
    page = await api.trees.list(limit=2)
    assert [tree.id async for tree in page] == ["tree_1"]
    assert (await api.trees.plant(species="apple", session="s")).id == "tree_2"
    assert (await api.trees.retrieve("tree_1")).species == "apple"
    assert (await api.harvests.create(tree_id="t")).grade == "A"
    stream = await api.harvests.create(tree_id="t", stream=True)
    assert [event.kind async for event in stream] == ["picked", "done"]
    assert (await api.files.upload(file=b"ten bytes!")).bytes == 10
    download = await api.files.download("file_1")
    await download.write_to_file(tmp_path / "out.bin")
    with pytest.raises(orchard.TeapotError):
        await api.trees.retrieve("tree_1", extra_headers={"Prefer": "code=418"})


def test_requests_carry_the_api_conventions(orchard_server: str) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.HTTPTransport()

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return transport.handle_request(request)

    api = client(orchard_server, http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    api.trees.plant(species="pear", session="a b;c", idempotency_token="tok")
    api.files.download("file_1")
    plant, download = seen
    assert plant.headers["Authorization"] == f"Bearer {TOKEN}"
    assert plant.headers["Cookie"] == "session=a%20b%3Bc"  # a cookie parameter, encoded
    assert plant.headers["Idempotency-Token"] == "tok"
    assert plant.headers["X-Orchard-Client-Lang"] == "python"  # the API's platform header prefix
    assert download.headers["X-Orchard-Area"] == "files"  # a resource's default header
    assert download.headers["Accept"] == "application/octet-stream"


# ------------------------------------------------------------------------------------------
# conventions only a scripted answer shows: keep-alive and error events, error types


def test_keepalive_and_error_events_and_error_types(orchard_src: Path) -> None:
    import orchard

    body = (
        b"event: heartbeat\ndata: {}\n\n"
        b'event: picked\ndata: {"kind": "picked", "count": 1}\n\n'
        b'event: blight\ndata: {"fault": {"code": "orchard_closed", "detail": "frost"}}\n\n'
    )

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v2/harvests"):
            return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
        fault = {"fault": {"code": "quota_exhausted", "detail": "later"}}
        return httpx.Response(400, json=fault, headers={"x-orchard-request": "req-9"})

    api = client("http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    stream = api.harvests.create(tree_id="t", stream=True)
    assert next(stream).count == 1  # the heartbeat was skipped
    with pytest.raises(orchard.TeapotError) as blight:  # the error event's type picks the class
        next(stream)
    assert blight.value.type == "orchard_closed"
    with pytest.raises(orchard.APIStatusError) as status:
        api.trees.retrieve("tree_1")
    assert status.value.type == "quota_exhausted" and status.value.request_id == "req-9"
    assert type(status.value).__name__ == "BadRequestError"  # the status decides for an HTTP error


def test_credentials_are_required_before_any_request(orchard_src: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import orchard

    monkeypatch.delenv("ORCHARD_TOKEN", raising=False)
    sent: list[httpx.Request] = []
    api = orchard.Orchard(
        base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(sent.append))
    )
    with pytest.raises(TypeError, match="ORCHARD_TOKEN"):
        api.trees.retrieve("tree_1")
    assert sent == []


# ------------------------------------------------------------------------------------------
# another overlay: another error base, another auth header


def test_a_changed_overlay_regenerates_cleanly(tmp_path: Path) -> None:
    overlays = tmp_path / "overlays"
    shutil.copytree(FIXTURE / "overlays", overlays)
    sdk = yaml.safe_load((overlays / "sdk.yaml").read_text(encoding="utf-8"))
    sdk["package"]["name"] = "grove"
    sdk["client"]["error_base"] = "GroveError"
    sdk["client"]["credentials"] = [{"param": "key", "env": "GROVE_KEY", "header": "X-Grove-Key"}]
    sdk["exports"][1]["names"][0] = "GroveError"
    (overlays / "sdk.yaml").write_text(yaml.safe_dump(sdk, sort_keys=False), encoding="utf-8")
    src = generate_fixture(tmp_path / "dist", overlays)
    script = (
        "import httpx, grove\n"
        "seen = []\n"
        "t = httpx.MockTransport(lambda r: (seen.append(r), httpx.Response(500, json={}))[1])\n"
        "c = grove.Orchard(key='k-1', base_url='http://127.0.0.1:9', max_retries=0, http_client=httpx.Client(transport=t))\n"
        "try:\n    c.trees.retrieve('x')\nexcept grove.GroveError as e:\n    print(type(e).__name__)\n"
        "print(seen[0].headers['X-Grove-Key'], 'authorization' in seen[0].headers)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={"PYTHONPATH": f"{src}:{ROOT}"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["InternalServerError", "k-1", "False"]
