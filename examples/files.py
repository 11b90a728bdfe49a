"""The Files API (beta): upload in each accepted form, list, inspect, download, delete."""
# example-server: prism-beta

import io
import tempfile
from pathlib import Path

from anthropic import Anthropic, file_from_path

client = Anthropic()
with tempfile.TemporaryDirectory() as scratch:
    path = Path(scratch) / "notes.txt"
    path.write_text("Meeting moved to Thursday.\n", encoding="utf-8")

    uploads = [
        client.beta.files.upload(file=path),  # a path: read when sent, file name kept
        client.beta.files.upload(file=path.read_bytes()),  # raw bytes
        client.beta.files.upload(file=("notes.txt", b"Meeting moved.\n", "text/plain")),  # name, content, type
        client.beta.files.upload(file=("table.csv", io.BytesIO(b"a,b\n1,2\n"), "text/csv")),  # a file object
        client.beta.files.upload(file=file_from_path(path)),  # read up front
    ]
    with path.open("rb") as handle:
        uploads.append(client.beta.files.upload(file=handle))  # an open binary file
    print("uploaded:", len(uploads), "files, first id", uploads[0].id)

    for info in client.beta.files.list(limit=5):
        print("listed:", info.id, info.filename)
        break

    metadata = client.beta.files.retrieve_metadata(uploads[0].id)
    print("metadata:", metadata.filename, metadata.mime_type)

    download = client.beta.files.download(uploads[0].id)
    target = Path(scratch) / "copy.bin"
    download.write_to_file(target)
    print("downloaded:", target.stat().st_size, "bytes")

    deleted = client.beta.files.delete(uploads[0].id)
    print("deleted:", deleted.id)
