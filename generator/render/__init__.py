"""Stage 4: render the IR into file contents (an in-memory tree; nothing is written here).

One template per kind of output file. Every template receives `package` and `client`
(the IR settings) plus its own view object, documented at the top of the template.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .. import ir
from ..build.naming import module_file
from ..diagnostics import Diagnostic, GeneratorError
from .docs_view import api_view, readme_view
from .package_view import client_view, pagination_view, resource_package_view, root_exports_view
from .pyexpr import py_literal
from .resource_view import resource_view
from .types_view import type_module_view, type_package_view

__all__ = ["render_sdk", "runtime_sources"]

# The runtime core (a real Python package) is copied into every generated package, except
# its package marker and its `_settings` stand-in: the generated package gets its own.
RUNTIME_NOT_COPIED = frozenset({"__init__.py", "_settings.py"})
SDK_DIR = "sdk"
PACKAGE_DIR = "package"


def _environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["docstring"] = docstring
    env.filters["pyrepr"] = py_literal
    env.filters["py"] = py_literal
    # A whole number written as an int (600, not 600.0), as people write durations.
    env.filters["number"] = lambda value: int(value) if float(value).is_integer() else value
    return env


DOC_WIDTH = 100


def _wrap(line: str, width: int) -> list[str]:
    """Wrap one line of prose, keeping its indentation (and hanging indent for `name: ...`)."""
    if len(line) <= width or line.lstrip().startswith(("```", "|")):
        return [line]
    stripped = line.lstrip()
    lead = line[: len(line) - len(stripped)]
    hanging = lead + ("  " if lead else "")
    return textwrap.wrap(
        stripped,
        width=width,
        initial_indent=lead,
        subsequent_indent=hanging,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [line]


def docstring(text: Any, indent: int = 4) -> str:
    """Render text as a triple-quoted docstring at the given indent, wrapped to the line width."""
    if not text:
        return ""
    body = str(text).strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    pad = " " * indent
    width = max(40, DOC_WIDTH - indent)
    lines = [wrapped for line in body.splitlines() for wrapped in _wrap(line.rstrip(), width)]
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= DOC_WIDTH:
        return f'{pad}"""{lines[0]}"""'
    joined = "\n".join((pad + line) if line.strip() else "" for line in lines)
    return f'{pad}"""\n{joined}\n{pad}"""'


class Renderer:
    def __init__(self, templates_dir: Path, overlays_dir: Path) -> None:
        self.templates_dir = templates_dir
        self.overlays_dir = overlays_dir
        self.env = _environment(templates_dir)

    def render(self, template: str, **context: Any) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or str(self.templates_dir / template)
            line = getattr(exc, "lineno", None)
            pointer = f"line {line}" if line else ""
            raise GeneratorError([Diagnostic(where, pointer, f"template error: {exc}")]) from None


def render_sdk(sdk: ir.SDK, templates_dir: Path, overlays_dir: Path, runtime_dir: Path) -> dict[str, str]:
    """Return {path relative to the distribution root: text} for the whole package."""
    renderer = Renderer(templates_dir, overlays_dir)
    common = {"package": sdk.package, "client": sdk.client}
    src = f"src/{sdk.package.name}"
    files: dict[str, str] = {}

    files["pyproject.toml"] = renderer.render(f"{PACKAGE_DIR}/pyproject.toml.jinja", **common)
    readme = readme_view(sdk, runtime_dir, str(overlays_dir / "docs.yaml"))
    files["README.md"] = renderer.render(f"{PACKAGE_DIR}/README.md.jinja", view=readme, titles=readme.titles, **common)
    files["api.md"] = renderer.render(f"{PACKAGE_DIR}/api.md.jinja", view=api_view(sdk, overlays_dir), **common)
    files[f"{src}/py.typed"] = ""

    for relative, text in runtime_sources(runtime_dir).items():
        files[f"{src}/{relative}"] = text
    files[f"{src}/_settings.py"] = renderer.render(
        f"{SDK_DIR}/settings.py.jinja", constants=sdk.constants, credential_headers=_credential_headers(sdk), **common
    )
    files[f"{src}/_version.py"] = renderer.render(f"{SDK_DIR}/version.py.jinja", **common)
    public_errors = [e.name for e in sdk.exports if e.public_module and e.module == "_exceptions"]
    files[f"{src}/_exceptions.py"] = renderer.render(
        f"{SDK_DIR}/exceptions.py.jinja", public_errors=public_errors, **common
    )

    files[f"{src}/__init__.py"] = renderer.render(
        f"{SDK_DIR}/lazy_package.py.jinja",
        view=root_exports_view(sdk),
        eager_imports=["from ._version import __title__, __version__"],
        leading_names=["__title__", "__version__"],
        **common,
    )
    files[f"{src}/_client.py"] = renderer.render(f"{SDK_DIR}/client.py.jinja", view=client_view(sdk), **common)
    files[f"{src}/pagination.py"] = renderer.render(
        f"{SDK_DIR}/pagination.py.jinja", view=pagination_view(sdk), **common
    )

    for module in sdk.type_modules:
        files[f"{src}/{module_file(module.module)}"] = renderer.render(
            f"{SDK_DIR}/types_module.py.jinja", view=type_module_view(module), **common
        )
    for package in sdk.type_packages:
        files[f"{src}/{package.package.replace('.', '/')}/__init__.py"] = renderer.render(
            f"{SDK_DIR}/lazy_package.py.jinja", view=type_package_view(package), **common
        )

    def visit(resource: ir.Resource) -> None:
        files[f"{src}/{module_file(resource.module)}"] = renderer.render(
            f"{SDK_DIR}/resource_module.py.jinja", view=resource_view(resource, sdk.client.error_base), **common
        )
        for child in resource.children:
            visit(child)

    for resource in sdk.resources:
        visit(resource)
    for resource_package in sdk.resource_packages:
        files[f"{src}/{resource_package.package.replace('.', '/')}/__init__.py"] = renderer.render(
            f"{SDK_DIR}/lazy_package.py.jinja", view=resource_package_view(resource_package), **common
        )

    for copied in sdk.copied_files:
        source = overlays_dir / copied.source
        files[f"{src}/{copied.target}"] = source.read_text(encoding="utf-8")
    _add_missing_package_inits(files, src)
    return files


def runtime_sources(root: Path) -> dict[str, str]:
    """{path relative to the package: text} of the runtime core's modules."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative in RUNTIME_NOT_COPIED or "__pycache__" in relative:
            continue
        found[relative] = path.read_text(encoding="utf-8")
    return found


def _credential_headers(sdk: ir.SDK) -> tuple[str, ...]:
    names = {credential.header.lower() for credential in sdk.client.credentials}
    names.update(name.lower() for name in sdk.client.extra_credential_headers)
    return tuple(sorted(names))


def _add_missing_package_inits(files: dict[str, str], src: str) -> None:
    """Every directory holding modules is a regular package."""
    directories = {path.rpartition("/")[0] for path in files if path.startswith(src + "/") and path.endswith(".py")}
    for directory in sorted(directories):
        parts = directory.split("/")
        for depth in range(len(src.split("/")), len(parts) + 1):
            init = "/".join(parts[:depth]) + "/__init__.py"
            files.setdefault(init, "")
