"""Python source for type references, with the imports they need.

Templates never build annotations themselves: a `TypePrinter` turns an `ir.TypeRef` into
text for one module and one context (a response model or a request TypedDict) and records
the imports in an `Imports` collection that the module's header renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .. import ir

Context = Literal["model", "param"]


def relative_module(from_package: str, target: str) -> str:
    """The relative import path of `target` (dotted, from the package root) as seen from
    a module inside `from_package` ("" for the package root)."""
    source = from_package.split(".") if from_package else []
    parts = target.split(".")
    common = 0
    while common < len(source) and common < len(parts) - 1 and source[common] == parts[common]:
        common += 1
    ups = len(source) - common
    return "." * (ups + 1) + ".".join(parts[common:])


def package_of(module: str, is_package: bool = False) -> str:
    return module if is_package else module.rpartition(".")[0]


@dataclass
class Imports:
    """`from X import a, b` lines for one module, rendered in a stable order."""

    package: str
    modules: set[str] = field(default_factory=set)  # plain `import x`
    names: dict[str, set[str]] = field(default_factory=dict)
    type_checking: dict[str, set[str]] = field(default_factory=dict)

    def stdlib(self, module: str, *names: str) -> None:
        self.names.setdefault(module, set()).update(names)

    def local(self, target_module: str, *names: str) -> None:
        """Import from a module of the generated package (dotted, from its root)."""
        self.names.setdefault(relative_module(self.package, target_module), set()).update(names)

    def local_for_typing(self, target_module: str, *names: str) -> None:
        self.type_checking.setdefault(relative_module(self.package, target_module), set()).update(names)

    def plain(self, module: str) -> None:
        self.modules.add(module)

    def lines(self) -> list[str]:
        out = [f"import {m}" for m in sorted(self.modules)]
        absolute = sorted(m for m in self.names if not m.startswith("."))
        relative = sorted((m for m in self.names if m.startswith(".")), key=lambda m: (-m.count("."), m))
        for module in absolute + relative:
            out.append(f"from {module} import {', '.join(sorted(self.names[module]))}")
        return out

    def typing_lines(self) -> list[str]:
        return [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(self.type_checking.items())]


@dataclass
class TypePrinter:
    module: str  # the module being written (dotted, from the package root)
    context: Context
    imports: Imports

    def expr(self, ref: ir.TypeRef, *, header_list: bool = False) -> str:
        if isinstance(ref, ir.PrimitiveType):
            return self._primitive(ref)
        if isinstance(ref, ir.LiteralType):
            self.imports.stdlib("typing_extensions", "Literal")
            return "Literal[" + ", ".join(_literal(v) for v in ref.values) + "]"
        if isinstance(ref, ir.ListType):
            return self._list(ref, header_list)
        if isinstance(ref, ir.MapType):
            self.imports.stdlib("typing", "Dict")
            return f"Dict[str, {self.expr(ref.value)}]"
        if isinstance(ref, ir.OptionalType):
            self.imports.stdlib("typing", "Optional")
            return f"Optional[{self.expr(ref.inner, header_list=header_list)}]"
        if isinstance(ref, ir.UnionType):
            return self._union(ref)
        if isinstance(ref, ir.NamedType):
            return self.name(ref.ref)
        if isinstance(ref, ir.FileType):
            self.imports.local("_types", "FileTypes")
            return "FileTypes"
        return "object"

    def name(self, type_id: ir.TypeId) -> str:
        if type_id.module != self.module:
            self.imports.local(type_id.module, type_id.name)
        return type_id.name

    def _primitive(self, ref: ir.PrimitiveType) -> str:
        if ref.kind == "datetime":
            self.imports.stdlib("datetime", "datetime")
            return "datetime"
        if ref.kind == "date":
            self.imports.stdlib("datetime", "date")
            return "date"
        return {"none": "None"}.get(ref.kind, ref.kind)

    def _list(self, ref: ir.ListType, header_list: bool) -> str:
        item = self.expr(ref.item)
        if self.context == "model" or header_list:
            self.imports.stdlib("typing", "List")
            return f"List[{item}]"
        if ref.item == ir.PrimitiveType("str"):
            self.imports.local("_types", "SequenceNotStr")
            return "SequenceNotStr[str]"
        self.imports.stdlib("typing", "Iterable")
        return f"Iterable[{item}]"

    def _union(self, ref: ir.UnionType) -> str:
        self.imports.stdlib("typing", "Union")
        inner = "Union[" + ", ".join(self.expr(v) for v in ref.variants) + "]"
        if ref.discriminator and self.context == "model":
            self.imports.stdlib("typing_extensions", "Annotated")
            self.imports.local("_models", "Discriminator")
            return f'Annotated[{inner}, Discriminator("{ref.discriminator}")]'
        return inner


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def same_module_names(ref: ir.TypeRef, module: str) -> set[str]:
    """Names from `module` that a type expression uses (to order declarations)."""
    found: set[str] = set()

    def visit(node: ir.TypeRef) -> None:
        if isinstance(node, ir.NamedType):
            if node.ref.module == module:
                found.add(node.ref.name)
        elif isinstance(node, (ir.ListType,)):
            visit(node.item)
        elif isinstance(node, ir.MapType):
            visit(node.value)
        elif isinstance(node, ir.OptionalType):
            visit(node.inner)
        elif isinstance(node, ir.UnionType):
            for variant in node.variants:
                visit(variant)

    visit(ref)
    return found


def py_literal(value: object) -> str:
    """The Python source of a plain value: the one way spec and configuration values enter
    generated code, so that quotes, backslashes, newlines and `\"\"\"` in them can never
    change the code around them. Accepts what YAML and JSON produce (and tuples)."""
    if isinstance(value, str):
        return '"' + "".join(_escaped(char) for char in value) + '"'
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        items = ", ".join(py_literal(item) for item in value)
        if isinstance(value, tuple):
            return f"({items},)" if len(value) == 1 else f"({items})"
        return f"[{items}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write a {type(value).__name__} as a Python literal")


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    """One character inside a double-quoted Python string literal."""
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF or not char.isprintable():
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return char
