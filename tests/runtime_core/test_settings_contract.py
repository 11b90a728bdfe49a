"""The runtime core's `_settings` stand-in and the generated `_settings` define the same names,
so that what the runtime imports from it exists in every generated package."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT, SDK_SRC


def top_level_names(path: Path) -> set[str]:
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ClassDef):
            names.add(node.name)
    return names


def declared_constants(path: Path) -> set[str]:
    module = ast.parse(path.read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return {ast.literal_eval(item) for item in node.value.elts}  # type: ignore[attr-defined]
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "__all__":
            return {ast.literal_eval(item) for item in node.value.elts}  # type: ignore[union-attr]
    return set()


def test_generated_settings_define_every_name_of_the_stand_in() -> None:
    stand_in = ROOT / "runtime" / "_settings.py"
    generated = SDK_SRC / "anthropic" / "_settings.py"
    # The error root class is named per API; both modules alias it as ErrorBase.
    expected = top_level_names(stand_in) - {"SDKError"}
    found = top_level_names(generated) - declared_constants(generated) - {"AnthropicError"}
    assert found == expected


def test_runtime_imports_from_settings_only_names_the_stand_in_defines() -> None:
    stand_in_names = top_level_names(ROOT / "runtime" / "_settings.py")
    for path in sorted((ROOT / "runtime").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("_settings"):
                imported = {alias.name for alias in node.names} - {"*"}
                assert imported <= stand_in_names, f"{path.name} imports {imported - stand_in_names}"
