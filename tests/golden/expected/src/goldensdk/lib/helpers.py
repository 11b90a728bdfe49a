"""A hand-written module merged into the generated package verbatim."""

from __future__ import annotations


def greeting(name: str) -> str:
    return f"hello, {name}"
