"""Fixtures for the tests that talk to the spec-driven mock API server (Prism)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.mock_server.prism import MockServerUnavailable, running_mock_servers

API_KEY = "mock-api-key"


@pytest.fixture(scope="session")
def mock_server_urls() -> Iterator[dict[str, str]]:
    """Prism processes for the session (per xdist worker): {"default": url, "beta": url}."""
    try:
        server = running_mock_servers()
        url = server.__enter__()
    except MockServerUnavailable as exc:
        # CI sets REQUIRE_MOCK_SERVER=1 so a missing server fails instead of skipping.
        if os.environ.get("REQUIRE_MOCK_SERVER") == "1":
            raise
        pytest.skip(f"mock API server unavailable: {exc}")
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
