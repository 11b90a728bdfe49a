"""Fixtures shared by the tests of the hand-written helpers (anthropic.lib)."""

from __future__ import annotations

from tests.lib.scripted_server import scripted_server  # noqa: F401 - the `scripted_server` fixture
