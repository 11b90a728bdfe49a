"""The default transport's TLS context: verifying, shared, and reading its CA bundle only
when the first TLS connection is made (real handshakes against a server on 127.0.0.1)."""

from __future__ import annotations

import datetime
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import anthropic
import pytest
from anthropic import _transport

from tests.conftest import require

from .conftest import API_KEY, MESSAGE, create_message


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its own CA): (certificate, key) PEM files."""
    require("cryptography", "to make a certificate for the local TLS server")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sdk-test-local")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


class MessageHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = json.dumps(MESSAGE).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(tls: tuple[Path, Path] | None) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), MessageHandler)
    server.daemon_threads = True
    scheme = "http"
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path)


@pytest.fixture
def https_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    yield from serve(certificate)


@pytest.fixture
def http_url() -> Iterator[str]:
    yield from serve(None)


def trusted_certificates(context: ssl.SSLContext) -> int:
    # The base class's method: it reads the store without loading the deferred bundle.
    return ssl.SSLContext.cert_store_stats(context)["x509_ca"]


def test_the_ca_bundle_is_read_at_the_first_handshake(
    https_url: str, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # a fresh key: a context of its own
    client = anthropic.Anthropic(api_key=API_KEY, base_url=https_url, max_retries=0)
    context = _transport._shared_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert trusted_certificates(context) == 0  # nothing read at construction
    assert create_message(client).content[0].text == "Hello!"
    assert trusted_certificates(context) == 1  # our CA, read for the handshake
    # Another client of this process shares the context.
    other = anthropic.Anthropic(api_key=API_KEY, base_url=https_url, max_retries=0)
    assert create_message(other).id == MESSAGE["id"]
    assert _transport._shared_ssl_context() is context
    client.close()
    other.close()


@pytest.mark.anyio
async def test_async_handshakes_read_the_bundle_too(
    https_url: str, certificate: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "async-ca.pem"  # another path: another, still unloaded, context
    copy.write_bytes(certificate[0].read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(copy))
    async with anthropic.AsyncAnthropic(api_key=API_KEY, base_url=https_url, max_retries=0) as client:
        context = _transport._shared_ssl_context()
        assert trusted_certificates(context) == 0
        message = await create_message(client)
    assert message.content[0].text == "Hello!"
    assert trusted_certificates(context) == 1


def test_a_plain_http_client_never_reads_the_bundle(
    http_url: str, certificate: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "unused-ca.pem"
    copy.write_bytes(certificate[0].read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(copy))
    with anthropic.Anthropic(api_key=API_KEY, base_url=http_url, max_retries=0) as client:
        assert create_message(client).content[0].text == "Hello!"
        assert trusted_certificates(_transport._shared_ssl_context()) == 0


def test_the_default_context_still_verifies_the_server(https_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without SSL_CERT_FILE the trust store is the public bundle, which does not know our CA.
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    client = anthropic.Anthropic(api_key=API_KEY, base_url=https_url, max_retries=0)
    with client, pytest.raises(anthropic.APIConnectionError) as caught:
        create_message(client)
    assert "CERTIFICATE_VERIFY_FAILED" in repr(caught.value.__cause__) + repr(caught.value.__context__)
    assert trusted_certificates(_transport._shared_ssl_context()) > 1


@pytest.mark.anyio
async def test_the_aiohttp_client_shares_the_deferred_context(
    https_url: str, certificate: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require("httpx_aiohttp", "the aiohttp extra")
    copy = tmp_path / "aiohttp-ca.pem"
    copy.write_bytes(certificate[0].read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(copy))
    http_client = anthropic.DefaultAioHttpClient()
    context = _transport._shared_ssl_context()
    assert trusted_certificates(context) == 0  # building the client read nothing
    async with anthropic.AsyncAnthropic(
        api_key=API_KEY, base_url=https_url, max_retries=0, http_client=http_client
    ) as client:
        message = await create_message(client)
    assert message.content[0].text == "Hello!"
    assert trusted_certificates(context) == 1


def test_no_proxy_alone_keeps_the_default_transport(http_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with anthropic.Anthropic(api_key=API_KEY, base_url=http_url, max_retries=0) as client:
        pool = client._client._transport._pool  # type: ignore[attr-defined]
        assert isinstance(pool._ssl_context, _transport._DeferredTrustContext)
        assert create_message(client).content[0].text == "Hello!"


def test_an_environment_proxy_leaves_the_transports_to_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    with anthropic.Anthropic(api_key=API_KEY, base_url="https://api.example.test") as client:
        mounted = [transport for transport in client._client._mounts.values() if transport is not None]
    assert mounted, "httpx should have mounted a proxy transport from the environment"
