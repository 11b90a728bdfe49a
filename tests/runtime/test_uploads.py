"""File uploads: every accepted file value, checked on the multipart body actually sent."""

from __future__ import annotations

import email.parser
import email.policy
import io
from pathlib import Path
from typing import Any, NamedTuple

import anthropic
import httpx
import pytest

from .conftest import Recorder, async_client, json_response, sync_client

FILE_METADATA = {
    "id": "file_1",
    "type": "file",
    "filename": "notes.txt",
    "mime_type": "text/plain",
    "size_bytes": 5,
    "created_at": "2025-01-02T03:04:05Z",
    "downloadable": False,
}


class Part(NamedTuple):
    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes


def parts(request: httpx.Request) -> list[Part]:
    """The parts of a multipart/form-data request body."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    found = []
    for part in message.iter_parts():
        found.append(
            Part(
                part.get_param("name", header="content-disposition"),
                part.get_filename(),
                part.get_content_type() if part["content-type"] else None,
                part.get_payload(decode=True),
            )
        )
    return found


@pytest.fixture
def recorder() -> Recorder:
    return Recorder(lambda request: json_response(FILE_METADATA))


def upload(client: Any, file: Any) -> Part:
    client.beta.files.upload(file=file)
    (part,) = parts(client._recorder.last)
    return part


def make(recorder: Recorder) -> anthropic.Anthropic:
    client = sync_client(recorder)
    client._recorder = recorder  # type: ignore[attr-defined]
    return client


def test_bytes(recorder: Recorder) -> None:
    part = upload(make(recorder), b"hello")
    assert part.name == "file" and part.data == b"hello"


def test_path(recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from disk")
    part = upload(make(recorder), path)
    assert part == Part("file", "notes.txt", "text/plain", b"from disk")


def test_open_file(recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 body")
    with path.open("rb") as handle:
        part = upload(make(recorder), handle)
    assert part.filename == "report.pdf" and part.data == b"%PDF-1.4 body"


def test_file_like_object(recorder: Recorder) -> None:
    part = upload(make(recorder), io.BytesIO(b"in memory"))
    assert part.data == b"in memory"


def test_tuple_with_name_contents_and_media_type(recorder: Recorder) -> None:
    part = upload(make(recorder), ("data.csv", b"a,b\n1,2\n", "text/csv"))
    assert part == Part("file", "data.csv", "text/csv", b"a,b\n1,2\n")


def test_tuple_with_a_path_as_contents(recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "ignored-name.bin"
    path.write_bytes(b"\x00\x01")
    part = upload(make(recorder), ("chosen.bin", path, "application/octet-stream"))
    assert part == Part("file", "chosen.bin", "application/octet-stream", b"\x00\x01")


def test_file_from_path(recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    value = anthropic.file_from_path(str(path))
    assert value == ("a.txt", b"abc")
    assert upload(make(recorder), value).filename == "a.txt"


def test_upload_headers_and_response(recorder: Recorder) -> None:
    client = make(recorder)
    metadata = client.beta.files.upload(file=("notes.txt", b"hello", "text/plain"))
    assert metadata.id == "file_1"
    request = recorder.last
    assert request.url.path == "/v1/files" and request.url.params["beta"] == "true"
    assert request.headers["anthropic-beta"] == "files-api-2025-04-14"
    assert "application/json" not in request.headers["content-type"]


def test_several_files_and_form_fields(tmp_path: Path) -> None:
    recorder = Recorder(lambda request: json_response({"id": "skill_1", "type": "skill"}))
    client = sync_client(recorder)
    skill_md = tmp_path / "SKILL.md"
    skill_md.write_bytes(b"# Skill")
    client.beta.skills.create(
        display_title="My skill",
        files=(item for item in [skill_md, ("skill/helper.py", b"print(1)", "text/x-python")]),
    )
    sent = parts(recorder.last)
    assert Part("display_title", None, None, b"My skill") in sent
    files = [p for p in sent if p.name == "files[]"]
    assert [(p.filename, p.data) for p in files] == [("SKILL.md", b"# Skill"), ("skill/helper.py", b"print(1)")]


def test_a_value_that_is_not_a_file_is_refused_clearly(recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="file"):
        make(recorder).beta.files.upload(file=12345)  # type: ignore[arg-type]
    assert recorder.requests == []


@pytest.mark.anyio
async def test_async_upload_reads_paths(recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "async.txt"
    path.write_bytes(b"async bytes")
    client = async_client(recorder)
    await client.beta.files.upload(file=path)
    (part,) = parts(recorder.last)
    assert part == Part("file", "async.txt", "text/plain", b"async bytes")
    await client.beta.files.upload(file=("t.txt", b"tuple", "text/plain"))
    assert parts(recorder.last)[0].data == b"tuple"
