"""Fixtures of the docs tests: the Prism mock servers (from tests/api) and the scripted server."""

from __future__ import annotations

from tests.api.conftest import mock_server_urls  # noqa: F401 - the session fixture
from tests.lib.scripted_server import scripted_server  # noqa: F401 - the `scripted_server` fixture
