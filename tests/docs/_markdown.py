"""Reading generated Markdown for the docs tests: code blocks (with the `<!-- docs: run -->`
marker that precedes a runnable one), names mentioned in code and prose, links and anchors,
and checking that every mentioned name exists in an imported package."""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass
from typing import Any

FENCE = re.compile(r"^```(\w*)\s*$")
MARKER = re.compile(r"^<!-- docs: run(?: (\w+))? -->$")
ANCHOR = re.compile(r'<a id="([^"]+)"></a>')
LINK = re.compile(r"\]\(#([^)\s]+)\)")


@dataclass
class Block:
    language: str
    code: str
    line: int  # 1-based line of the opening fence
    run: str | None  # the server a runnable block needs ("default", "beta", ...), else None

    @property
    def id(self) -> str:
        return f"line{self.line}"


def code_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if match is None:
            index += 1
            continue
        start = index
        index += 1
        body = []
        while index < len(lines) and lines[index] != "```":
            body.append(lines[index])
            index += 1
        marker = MARKER.match(lines[start - 1]) if start > 0 else None
        run = (marker.group(1) or "default") if marker else None
        blocks.append(Block(match.group(1), "\n".join(body) + "\n", start + 1, run))
        index += 1
    return blocks


def prose(text: str) -> str:
    """The text outside code blocks."""
    out, inside = [], False
    for line in text.splitlines():
        if FENCE.match(line) or line == "```":
            inside = not inside
            continue
        if not inside:
            out.append(line)
    return "\n".join(out)


def broken_links(text: str) -> list[str]:
    anchors = set(ANCHOR.findall(text))
    return sorted({target for target in LINK.findall(text) if target not in anchors})


class NameChecker:
    """Resolves `pkg.a.b`, `from pkg.x import y` and `client.a.b` against the real package."""

    def __init__(self, package: str, client: Any) -> None:
        self.package = package
        self.client = client

    def resolve(self, dotted: str) -> None:
        """Raise AssertionError unless `dotted` (starting with the package) exists."""
        parts = dotted.split(".")
        assert parts[0] == self.package, dotted
        obj: Any = importlib.import_module(self.package)
        path = self.package
        for part in parts[1:]:
            path = f"{path}.{part}"
            if hasattr(obj, part):
                obj = getattr(obj, part)
                continue
            try:
                obj = importlib.import_module(path)
            except ImportError:
                raise AssertionError(f"{dotted}: {path} does not exist") from None

    def resolve_client(self, dotted: str) -> None:
        obj = self.client
        for part in dotted.split(".")[1:]:
            assert hasattr(obj, part), f"{dotted}: no attribute {part!r} on {type(obj).__name__}"
            obj = getattr(obj, part)

    def check_code(self, code: str) -> int:
        """Check every package name and client attribute chain in `code`; how many were checked."""
        tree = ast.parse(code)
        annotate_parents(tree)
        checked = 0
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == self.package:
                for alias in node.names:
                    self.resolve(f"{node.module}.{alias.name}")
                    checked += 1
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == self.package:
                        self.resolve(alias.name)
                        checked += 1
            elif isinstance(node, ast.Attribute) and not isinstance(getattr(node, "parent", None), ast.Attribute):
                chain = _chain(node)
                if chain is None:
                    continue
                if chain.startswith(self.package + "."):
                    self.resolve(chain)
                    checked += 1
                elif chain.startswith("client."):
                    self.resolve_client(chain)
                    checked += 1
        return checked

    def check_prose(self, text: str) -> int:
        checked = 0
        for module, name in re.findall(rf"`from ({self.package}[\w.]*) import (\w+)`", text):
            self.resolve(f"{module}.{name}")
            checked += 1
        for dotted in re.findall(rf"`({self.package}(?:\.\w+)+)", text):
            self.resolve(dotted)
            checked += 1
        for dotted in re.findall(r"`(client(?:\.\w+)+)", text):
            self.resolve_client(dotted)
            checked += 1
        return checked


def _chain(node: ast.Attribute) -> str | None:
    """`a.b.c` for an attribute chain on a plain name, else None."""
    parts = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        parts.append(current.attr)
        current = current.value
    if not isinstance(current, ast.Name):
        return None
    return ".".join([current.id, *reversed(parts)])


def annotate_parents(tree: ast.AST) -> None:
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            child.parent = parent  # type: ignore[attr-defined]
