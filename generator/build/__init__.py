"""Stage 3: build the IR from the patched spec and the SDK configuration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import ir
from ..config import Configuration, PageConfig, split_qualified
from ..diagnostics import DiagnosticSink
from .infer import TreeInference, type_homes
from .naming import module_file
from .resources import ResourceBuilder
from .schemas import SchemaResolver

__all__ = ["build_sdk"]


def build_sdk(
    spec: dict[str, Any], config: Configuration, spec_file: str, sink: DiagnosticSink | None = None
) -> ir.SDK:
    """The IR of the SDK. Problems go to `sink` (warnings stay there for the caller to report);
    errors end the stage with a `GeneratorError` carrying everything collected."""
    sink = sink if sink is not None else DiagnosticSink()
    placement = TreeInference(spec, config, spec_file, sink).place()
    homes = type_homes(spec, placement)
    resolver = SchemaResolver(spec, config.types, config.types_file, spec_file, sink, homes)
    resolver.check_namings()
    sink.raise_if_errors()

    resources = ResourceBuilder(spec, config, resolver, sink, placement).build()
    resolver.declare_configured()
    resolver.check_external()
    _add_aliases(config, resolver, sink)
    sink.raise_if_errors()

    modules = sorted(resolver.registry.modules.values(), key=lambda m: m.module)
    _check_module_collisions(modules, config, sink)
    copied = _copied_files(config, sink)
    _check_file_collisions(modules, resources, copied, config, sink)
    type_packages = _type_packages(modules, copied, config, sink)
    sink.raise_if_errors()

    return ir.SDK(
        package=_package(config),
        client=_client(config),
        resources=resources,
        type_modules=modules,
        type_packages=type_packages,
        resource_packages=_resource_packages(resources),
        page_schemes=[_page_scheme(name, pc) for name, pc in config.sdk.pagination.items()],
        exports=[ir.Export(name, e.module, name, e.public_module) for e in config.sdk.exports for name in e.names],
        copied_files=copied,
        constants=dict(config.sdk.constants),
        docs=_docs(config),
    )


def _docs(config: Configuration) -> ir.Docs:
    readme = config.docs.readme
    example = None
    if readme.example is not None:
        example = ir.DocExample(readme.example.call.strip(), readme.example.result, readme.example.show)
    benchmarks = None
    if readme.benchmarks is not None:
        b = readme.benchmarks
        benchmarks = ir.Benchmarks(b.source.strip(), b.table.strip("\n"), b.notes.strip() if b.notes else None)
    sections = tuple(ir.DocSection(s.id, s.title, s.after, s.body.strip()) for s in readme.sections)
    page_example = None
    if readme.page_example is not None:
        page_example = ir.DocExample(readme.page_example.call.strip(), readme.page_example.result)
    return ir.Docs(
        intro=readme.intro.strip() if readme.intro else None,
        example=example,
        sections=sections,
        page_example=page_example,
        benchmarks=benchmarks,
    )


def _package(config: Configuration) -> ir.PackageSettings:
    p = config.sdk.package
    return ir.PackageSettings(
        name=p.name,
        distribution=p.distribution,
        version=p.version,
        title=p.title,
        summary=p.summary,
        python_requires=p.python_requires,
        dependencies=tuple(p.dependencies),
        extras=tuple((k, tuple(v)) for k, v in p.extras.items()),
    )


def _client(config: Configuration) -> ir.ClientSettings:
    c = config.sdk.client
    return ir.ClientSettings(
        sync_class=c.sync_class,
        async_class=c.async_class,
        default_base_url=c.base_url.default,
        base_url_env=c.base_url.env,
        credentials=tuple(ir.Credential(x.param, x.env, x.header, x.prefix) for x in c.credentials),
        default_headers=tuple(c.default_headers.items()),
        log_env=c.log_env,
        default_timeout=c.timeout.default,
        connect_timeout=c.timeout.connect,
        max_retries=c.retries.max_retries,
        initial_retry_delay=c.retries.initial_delay,
        max_retry_delay=c.retries.max_delay,
        error_base=c.error_base,
        user_agent_prefix=c.user_agent_prefix,
        doc=c.doc,
        errors=ir.ErrorSettings(
            request_id_header=c.errors.request_id_header,
            type_path=tuple(c.errors.type_path),
            status_classes=tuple(sorted(c.errors.status_classes.items())),
            type_classes=tuple(c.errors.type_classes.items()),
        ),
        keepalive_events=tuple(c.streams.keepalive_events),
        error_events=tuple(c.streams.error_events),
        terminal_events=tuple(c.streams.terminal_events.items()),
        platform_header_prefix=c.platform_header_prefix,
        stream_idle_timeout=c.timeout.stream_idle,
        extra_credential_headers=tuple(c.credential_headers),
    )


def _page_scheme(name: str, pc: PageConfig) -> ir.PageScheme:
    optional_str = ir.OptionalType(ir.PrimitiveType("str"))
    # `has_more` first, then the fields that locate the next page (the official order).
    fields = [ir.Field(pc.has_more, pc.has_more, ir.OptionalType(ir.PrimitiveType("bool")), False, has_default=True)]
    if pc.first_id:
        fields.append(ir.Field(pc.first_id, pc.first_id, optional_str, False, has_default=True))
    if pc.last_id:
        fields.append(ir.Field(pc.last_id, pc.last_id, optional_str, False, has_default=True))
    if pc.next_field:
        fields.append(ir.Field(pc.next_field, pc.next_field, optional_str, False, has_default=True))
    return ir.PageScheme(
        name=name,
        kind=pc.kind,
        items_field=pc.items,
        response_fields=tuple(fields),
        next_param=pc.next_param,
        previous_param=pc.previous_param,
        has_more_field=pc.has_more,
        first_id_field=pc.first_id,
        last_id_field=pc.last_id,
        next_field=pc.next_field,
        doc=pc.doc,
    )


def _add_aliases(config: Configuration, resolver: SchemaResolver, sink: DiagnosticSink) -> None:
    registry = resolver.registry
    known = set(registry.origin)
    for index, alias in enumerate(config.types.aliases):
        target = ir.TypeId(*split_qualified(alias.target))
        if target not in known:
            sink.error(config.types_file, f"/aliases/{index}/target", f"unknown type '{alias.target}'")
            continue
        alias_id = ir.TypeId(*split_qualified(alias.name))
        clash = registry.reserve(alias_id, f"alias:{alias.target}")
        if clash is not None:
            sink.error(
                config.types_file,
                f"/aliases/{index}/name",
                f"name collision: {alias_id} is already generated for '{clash}'",
            )
            continue
        context = next(
            (d.context if isinstance(d, ir.AliasDecl) else "param" if isinstance(d, ir.ParamsDecl) else "model")
            for m in registry.modules.values()
            for d in m.declarations
            if d.id == target
        )
        registry.add(ir.AliasDecl(alias_id, ir.NamedType(target), None, f"alias:{alias.target}", context))


def _check_module_collisions(modules: list[ir.TypeModule], config: Configuration, sink: DiagnosticSink) -> None:
    for module in modules:
        seen: dict[str, str] = {}
        for decl in module.declarations:
            other = seen.get(decl.id.name)
            if other is not None and other != decl.pointer:
                sink.error(
                    config.types_file,
                    "/types",
                    f"name collision in {module.module}: '{decl.id.name}' comes from both '{other}' and '{decl.pointer}'",
                )
            seen[decl.id.name] = decl.pointer


def _normalised(text: str) -> str:
    return text.replace("_", "").lower()


def _type_packages(
    modules: list[ir.TypeModule], copied: list[ir.CopiedFile], config: Configuration, sink: DiagnosticSink
) -> list[ir.TypePackage]:
    """Each package re-exports the primary type of every module directly inside it (the
    declaration named like the module), plus the configured aliases placed there; then
    what `packages:` in types.yaml adds (sub-packages' exports, hand-written modules)."""
    unexported = set(config.types.unexported)
    exports: dict[str, list[ir.TypeId]] = {}
    for module in modules:
        package, _, leaf = module.module.rpartition(".")
        exports.setdefault(package, [])
        for decl in module.declarations:
            qualified = str(decl.id)
            if qualified in unexported:
                continue
            if _normalised(decl.id.name) == _normalised(leaf) or (
                isinstance(decl, ir.AliasDecl) and decl.pointer.startswith("alias:") and _is_primary_alias(decl, module)
            ):
                exports[package].append(decl.id)
    # Every ancestor package exists even when it declares nothing itself.
    for package in list(exports):
        parts = package.split(".")
        for depth in range(1, len(parts)):
            exports.setdefault(".".join(parts[:depth]), [])
    _configured_exports(exports, modules, copied, config, sink)
    return [
        ir.TypePackage(p, tuple(sorted(set(ids), key=lambda t: (t.name, t.module))))
        for p, ids in sorted(exports.items())
    ]


def _configured_exports(
    exports: dict[str, list[ir.TypeId]],
    modules: list[ir.TypeModule],
    copied: list[ir.CopiedFile],
    config: Configuration,
    sink: DiagnosticSink,
) -> None:
    written = {m.module for m in modules} | {
        c.target[: -len(".py")].replace("/", ".") for c in copied if c.target.endswith(".py")
    }
    own = {package: list(ids) for package, ids in exports.items()}
    for package, pc in config.types.packages.items():
        key = f"/packages/{package}"
        if package not in exports:
            sink.error(config.types_file, key, f"no type package '{package}' is generated")
            continue
        for index, sub in enumerate(pc.include):
            if sub not in own:
                sink.error(config.types_file, f"{key}/include/{index}", f"no type package '{sub}' is generated")
                continue
            exports[package].extend(own[sub])
        for index, name in enumerate(pc.extra):
            module, attr = split_qualified(name)
            if module not in written:
                sink.error(
                    config.types_file,
                    f"{key}/extra/{index}",
                    f"module '{module}' is neither generated nor an overlay module",
                )
                continue
            exports[package].append(ir.TypeId(module, attr))
    for package, ids in exports.items():
        by_name: dict[str, ir.TypeId] = {}
        for type_id in ids:
            seen = by_name.setdefault(type_id.name, type_id)
            if seen != type_id:
                sink.error(
                    config.types_file,
                    "/packages",
                    f"package '{package}' would export '{type_id.name}' from both {seen.module} and {type_id.module}",
                )


def _is_primary_alias(decl: ir.AliasDecl, module: ir.TypeModule) -> bool:
    # An alias module of its own (e.g. a compatibility name) is exported like any module.
    return module.module.rpartition(".")[2] == decl.id.module.rpartition(".")[2] and len(module.declarations) == 1


def _resource_packages(resources: list[ir.Resource]) -> list[ir.ResourcePackage]:
    """A package exports the resources living directly in it (with their constants), and
    the main resource of each sub-package (the module named like its package, e.g.
    `messages.messages`)."""
    class_names: dict[str, list[tuple[str, str]]] = {}

    def classes(resource: ir.Resource) -> list[tuple[str, str]]:
        base = resource.class_name
        names = [base, f"Async{base}", f"{base}WithRawResponse", f"Async{base}WithRawResponse"]
        names += [f"{base}WithStreamingResponse", f"Async{base}WithStreamingResponse"]
        return [(resource.module, n) for n in names]

    def visit(resource: ir.Resource) -> None:
        package, _, leaf = resource.module.rpartition(".")
        class_names.setdefault(package, []).extend(classes(resource))
        # Module-level tables (e.g. DEPRECATED_MODELS) are importable from the package too.
        class_names[package].extend((resource.module, name) for name in sorted(resource.constants))
        parent_package, _, package_leaf = package.rpartition(".")
        if leaf == package_leaf and parent_package:
            class_names.setdefault(parent_package, []).extend(classes(resource))
        for child in resource.children:
            visit(child)

    for resource in resources:
        visit(resource)
    return [
        ir.ResourcePackage(p, tuple(sorted(set(names), key=lambda x: x[1]))) for p, names in sorted(class_names.items())
    ]


def _copied_files(config: Configuration, sink: DiagnosticSink) -> list[ir.CopiedFile]:
    root = Path(config.overlays_dir)
    copied: list[ir.CopiedFile] = []
    for index, entry in enumerate(config.sdk.overlay_modules):
        source = root / entry.source
        if source.is_file():
            copied.append(ir.CopiedFile(entry.source, entry.target))
        elif source.is_dir():
            for path in sorted(source.rglob("*.py")):
                if "__pycache__" in path.parts:
                    continue
                relative = path.relative_to(source).as_posix()
                copied.append(ir.CopiedFile(path.relative_to(root).as_posix(), f"{entry.target}/{relative}"))
        else:
            sink.error(config.sdk_file, f"/overlay_modules/{index}/source", f"no such file or directory: {source}")
    return copied


def _check_file_collisions(
    modules: list[ir.TypeModule],
    resources: list[ir.Resource],
    copied: list[ir.CopiedFile],
    config: Configuration,
    sink: DiagnosticSink,
) -> None:
    generated = {module_file(m.module) for m in modules}

    def walk(resource: ir.Resource) -> None:
        generated.add(module_file(resource.module))
        for child in resource.children:
            walk(child)

    for resource in resources:
        walk(resource)
    for item in copied:
        if item.target in generated:
            sink.error(
                config.sdk_file,
                "/overlay_modules",
                f"overlay module {item.source} would overwrite generated {item.target}",
            )
