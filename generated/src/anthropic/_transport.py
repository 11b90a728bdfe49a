"""httpx clients configured the way the API client wants them.

`DefaultHttpxClient` / `DefaultAsyncHttpxClient` are plain httpx clients with our defaults:
the default timeout and connection limits, redirects followed, and TCP keepalive probes on
the connections (long generations keep a connection quiet for minutes). Pass any httpx
option to change them. `DefaultAioHttpClient` runs the async client on aiohttp (needs the
`aiohttp` extra of the package).

The TLS context of the default transport is built once per process and shared, and it reads
its CA bundle only when the first TLS connection is made: loading the bundle costs more than
everything else a client does at construction, and plain-HTTP clients never need it.
"""

from __future__ import annotations

import os
import socket
import ssl
import sys
import threading
import urllib.request
from typing import Any, Dict, List, Optional, Tuple

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from ._settings import DISTRIBUTION

__all__ = [
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "KEEPALIVE_SOCKET_OPTIONS",
]

# Seconds of idleness before the first keepalive probe, seconds between probes, and how
# many unanswered probes mark the connection dead.
_KEEPALIVE_IDLE = 60
_KEEPALIVE_INTERVAL = 60
_KEEPALIVE_COUNT = 5


def _keepalive_options() -> List[Tuple[int, int, int]]:
    options = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    idle = getattr(socket, "TCP_KEEPIDLE", None) or getattr(socket, "TCP_KEEPALIVE", None)
    if idle is not None:
        options.append((socket.IPPROTO_TCP, idle, _KEEPALIVE_IDLE))
    if hasattr(socket, "TCP_KEEPINTVL"):
        options.append((socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, _KEEPALIVE_INTERVAL))
    if hasattr(socket, "TCP_KEEPCNT"):
        options.append((socket.IPPROTO_TCP, socket.TCP_KEEPCNT, _KEEPALIVE_COUNT))
    return options


KEEPALIVE_SOCKET_OPTIONS = _keepalive_options()

_TRANSPORT_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits")
# Options that make httpx build its own transports (proxies, mounts, apps): left alone.
_HANDS_OFF = ("transport", "proxy", "proxies", "mounts", "app")


class _DeferredTrustContext(ssl.SSLContext):
    """A verifying client TLS context that reads its CA certificates at the first handshake.

    Loading a CA bundle (hundreds of certificates) is the single most expensive step of
    building a client, and a client that only ever talks plain HTTP (a local proxy, a test
    server) never needs it. Every TLS connection goes through `wrap_socket` (blocking
    sockets) or `wrap_bio` (asyncio, anyio, trio), so both load the certificates first;
    the other readers of the trust store do too."""

    _ca_file: Optional[str]
    _ca_path: Optional[str]
    _ca_loaded: bool

    def _load_trust(self) -> None:
        if self._ca_loaded:
            return
        with _SSL_LOCK:
            if not self._ca_loaded:
                if self._ca_file is None and self._ca_path is None:
                    import certifi

                    self.load_verify_locations(cafile=certifi.where())
                else:
                    self.load_verify_locations(cafile=self._ca_file, capath=self._ca_path)
                self._ca_loaded = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load_trust()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load_trust()
        return super().wrap_bio(*args, **kwargs)

    def get_ca_certs(self, binary_form: bool = False) -> Any:
        self._load_trust()
        return super().get_ca_certs(binary_form)

    def cert_store_stats(self) -> Dict[str, int]:
        self._load_trust()
        return super().cert_store_stats()


def _deferred_trust_context(ca_file: Optional[str], ca_path: Optional[str]) -> ssl.SSLContext:
    """What `ssl.create_default_context(cafile=..., capath=...)` builds, minus the loading."""
    context = _DeferredTrustContext(ssl.PROTOCOL_TLS_CLIENT)
    context._ca_file, context._ca_path, context._ca_loaded = ca_file, ca_path, False
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog and not sys.flags.ignore_environment:
        context.keylog_filename = keylog
    return context


_SSL_LOCK = threading.Lock()
_SSL_CONTEXTS: Dict[Tuple[Optional[str], Optional[str]], ssl.SSLContext] = {}


def _shared_ssl_context() -> ssl.SSLContext:
    """The verifying TLS context httpx would build by default (same CA sources), cached per
    process; its CA certificates are read at the first TLS handshake, not here."""
    key = (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)
    context = _SSL_CONTEXTS.get(key)
    if context is None:
        ca_file, ca_path = key
        if ca_file:
            ca_path = None  # like httpx: SSL_CERT_FILE wins over SSL_CERT_DIR
        context = _SSL_CONTEXTS.setdefault(key, _deferred_trust_context(ca_file, ca_path))
    return context


def _transport_kwargs(kwargs: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """Arguments for our own default transport, or None to let httpx build its transports."""
    if any(name in kwargs for name in _HANDS_OFF):
        return None
    if kwargs.get("trust_env", True) and any(scheme != "no" for scheme in urllib.request.getproxies()):
        return None  # environment proxies: httpx mounts proxy transports itself (NO_PROXY alone is none)
    transport = {name: kwargs[name] for name in _TRANSPORT_ARGS if name in kwargs}
    if "verify" not in transport and "cert" not in transport and not transport.get("http2"):
        transport["verify"] = _shared_ssl_context()
    transport["socket_options"] = KEEPALIVE_SOCKET_OPTIONS
    return transport


def _with_defaults(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with the SDK's defaults (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs = _with_defaults(kwargs)
        transport = _transport_kwargs(kwargs)
        if transport is not None:
            kwargs["transport"] = httpx.HTTPTransport(**transport)
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` with the SDK's defaults (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs = _with_defaults(kwargs)
        transport = _transport_kwargs(kwargs)
        if transport is not None:
            kwargs["transport"] = httpx.AsyncHTTPTransport(**transport)
        super().__init__(**kwargs)


class SyncHttpxClientWrapper(DefaultHttpxClient):
    """The client an API client creates for itself: closed when it is garbage-collected."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class AsyncHttpxClientWrapper(DefaultAsyncHttpxClient):
    """The async client an API client creates for itself: closed when it is garbage-collected."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        # Without asyncio loaded there is no loop to close on (and importing it here, in a
        # finalizer, would be wasted work).
        asyncio = sys.modules.get("asyncio")
        if asyncio is None:
            return
        try:
            asyncio.get_running_loop().create_task(self._aclose_quietly())
        except Exception:
            pass

    async def _aclose_quietly(self) -> None:
        # The client may be collected while a *different* event loop runs (one loop per
        # test, or per `asyncio.run`); its connections then belong to a closed loop and
        # closing them fails. There is nothing left to release in that case.
        try:
            await self.aclose()
        except Exception:
            pass


def _aiohttp_client_class() -> type:
    try:
        import httpx_aiohttp
    except ImportError:

        class DefaultAioHttpClient(httpx.AsyncClient):
            def __init__(self, **kwargs: Any) -> None:
                raise ImportError(
                    f"DefaultAioHttpClient needs aiohttp: install the `{DISTRIBUTION}[aiohttp]` extra"
                    f" (pip install '{DISTRIBUTION}[aiohttp]')."
                )

        return DefaultAioHttpClient

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):  # type: ignore[no-redef]
        """An async httpx client whose connections are made by aiohttp, with the SDK's defaults."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs = _with_defaults(kwargs)
            if not any(name in kwargs for name in ("verify", "cert", "transport")):
                # httpx_aiohttp would load a CA bundle for every client; share ours (read at
                # the first TLS handshake, never for plain HTTP).
                kwargs["verify"] = _shared_ssl_context()
            super().__init__(**kwargs)

    return DefaultAioHttpClient


def __getattr__(name: str) -> Any:
    # Resolved on first use: importing aiohttp is slow and it is optional.
    if name == "DefaultAioHttpClient":
        value = _aiohttp_client_class()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
