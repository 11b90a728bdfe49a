"""Template contexts for type modules and type packages."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir
from .package_view import LazyExportsView
from .pyexpr import Imports, TypePrinter, package_of, relative_module, same_module_names


@dataclass
class FieldView:
    name: str
    annotation: str
    default: str | None  # Python source of the default, or None when required
    doc: str | None


@dataclass
class DeclarationView:
    kind: str  # "model" | "typeddict" | "alias" | "reexport"
    name: str
    doc: str | None
    bases: list[str] = field(default_factory=list)
    fields: list[FieldView] = field(default_factory=list)
    annotation: str = ""  # aliases


@dataclass
class TypeModuleView:
    module: str
    imports: list[str]
    declarations: list[DeclarationView]
    all_names: list[str]


def type_module_view(module: ir.TypeModule) -> TypeModuleView:
    imports = Imports(package_of(module.module))
    declarations = [_declaration(decl, module.module, imports) for decl in _ordered(module)]
    return TypeModuleView(
        module=module.module,
        imports=imports.lines(),
        declarations=declarations,
        all_names=sorted(d.name for d in declarations),
    )


def _ordered(module: ir.TypeModule) -> list[ir.Declaration]:
    """Declarations in dependency order where Python needs it at import time: an alias's
    expression and a class's bases must already exist. Otherwise the main type of the
    module comes last, after the nested types it uses."""
    by_name = {d.id.name: d for d in module.declarations}
    done: list[ir.Declaration] = []
    seen: set[str] = set()

    def needs(decl: ir.Declaration) -> set[str]:
        if isinstance(decl, ir.AliasDecl):
            return same_module_names(decl.target, module.module)
        if isinstance(decl, ir.ParamsDecl):
            return {b.name for b in decl.bases}
        return set()

    def visit(decl: ir.Declaration, stack: tuple[str, ...] = ()) -> None:
        if decl.id.name in seen or decl.id.name in stack:
            return
        for name in sorted(needs(decl)):
            if name in by_name:
                visit(by_name[name], (*stack, decl.id.name))
        seen.add(decl.id.name)
        done.append(decl)

    leaf = module.module.rpartition(".")[2].replace("_", "").lower()
    primary = [d for d in module.declarations if d.id.name.lower() == leaf]
    for decl in [d for d in module.declarations if d not in primary] + primary:
        visit(decl)
    return done


def _declaration(decl: ir.Declaration, module: str, imports: Imports) -> DeclarationView:
    if isinstance(decl, ir.ModelDecl):
        printer = TypePrinter(module, "model", imports)
        imports.local("_models", "BaseModel")
        fields = [_model_field(f, printer, imports) for f in decl.fields]
        return DeclarationView("model", decl.id.name, decl.doc, ["BaseModel"], fields)
    if isinstance(decl, ir.ParamsDecl):
        printer = TypePrinter(module, "param", imports)
        imports.stdlib("typing_extensions", "TypedDict")
        fields = [_param_field(f, printer, imports) for f in decl.fields]
        bases = [printer.name(b) for b in decl.bases] or ["TypedDict"]
        return DeclarationView("typeddict", decl.id.name, decl.doc, bases, fields)
    printer = TypePrinter(module, decl.context, imports)
    target = decl.target
    if isinstance(target, ir.NamedType) and target.ref.name == decl.id.name and target.ref.module != module:
        # The same name from another module: a re-export, the import is the whole of it.
        printer.name(target.ref)
        return DeclarationView("reexport", decl.id.name, None)
    imports.stdlib("typing_extensions", "TypeAlias")
    return DeclarationView("alias", decl.id.name, decl.doc, annotation=printer.expr(target))


def _model_field(f: ir.Field, printer: TypePrinter, imports: Imports) -> FieldView:
    annotation = printer.expr(f.type)
    default: str | None = None
    if f.py_name != f.wire_name:
        imports.local("_models", "FieldInfo")
        default = f'FieldInfo(alias="{f.wire_name}"' + (", default=None)" if not f.required else ")")
    elif not f.required:
        default = "None"
    return FieldView(f.py_name, annotation, default, f.doc)


def _param_field(f: ir.Field, printer: TypePrinter, imports: Imports) -> FieldView:
    annotation = printer.expr(f.type, header_list=f.wire_name != f.py_name and "-" in f.wire_name)
    if f.py_name != f.wire_name:
        imports.stdlib("typing_extensions", "Annotated")
        imports.local("_types", "PropertyInfo")
        annotation = f'Annotated[{annotation}, PropertyInfo(alias="{f.wire_name}")]'
    if f.required:
        imports.stdlib("typing_extensions", "Required")
        annotation = f"Required[{annotation}]"
    return FieldView(f.py_name, annotation, None, f.doc)


def type_package_view(package: ir.TypePackage) -> LazyExportsView:
    entries = sorted((t.name, relative_module(package.package, t.module), t.name) for t in package.exports)
    return LazyExportsView(package.package, entries, sorted({e[0] for e in entries}))
