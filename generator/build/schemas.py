"""Schemas -> type references and declarations.

A schema is read in one of two *contexts*: "model" (it appears in a response and becomes a
Pydantic model) or "param" (it appears in a request and becomes a TypedDict). The same
schema may be declared in both, under two names, as the official SDK does
(`TextBlock` / `TextBlockParam`).

Which schemas get a name, and where they live, comes from `types.yaml`; an object schema
that is not configured gets a default name derived from its component name (or, when it is
inline, from the property that holds it).

A few rules shape what a name stands for:
- a named union or enum that admits `null` names the non-null part; the `Optional` stays at
  each use, so a field of that type is optional like any other nullable field;
- a request object that admits additional properties is also accepted as a plain mapping;
- a union read as a request type can be extended with response types
  (`x-stainless-python-extend-union` in the spec, `extend_union` in `types.yaml`), so that
  content the API returned can be sent back as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import ir
from ..config import TypeNaming, TypesConfig, split_qualified
from ..diagnostics import DiagnosticSink, escape_token
from ..load import resolve_pointer
from .naming import RESERVED_MODEL_FIELDS, pascal_case, python_identifier, snake_case

Context = Literal["model", "param"]

COMPONENT_PREFIX = "#/components/schemas/"
EXTEND_UNION = "x-stainless-python-extend-union"


def normalise_key(key: str) -> str:
    """`types.yaml` keys are JSON pointers; a bare component name is shorthand."""
    if key.startswith("#/"):
        return key
    return COMPONENT_PREFIX + key.replace("~", "~0").replace("/", "~1")


@dataclass
class _Pending:
    pointer: str
    context: Context


@dataclass
class TypeRegistry:
    """Every declaration made so far, by identity and by the schema that produced it."""

    modules: dict[str, ir.TypeModule] = field(default_factory=dict)
    by_schema: dict[tuple[str, Context], ir.TypeId] = field(default_factory=dict)
    origin: dict[ir.TypeId, str] = field(default_factory=dict)

    def reserve(self, type_id: ir.TypeId, pointer: str) -> str | None:
        """Claim a name for a schema; returns the other schema's pointer on a collision."""
        existing = self.origin.get(type_id)
        if existing is not None and existing != pointer:
            return existing
        self.origin[type_id] = pointer
        return None

    def add(self, declaration: ir.Declaration) -> None:
        module = self.modules.setdefault(declaration.id.module, ir.TypeModule(declaration.id.module))
        module.declarations.append(declaration)


class SchemaResolver:
    """Resolves schema nodes of one (patched) spec into type references, declaring named
    types in the registry as it goes."""

    def __init__(
        self,
        spec: dict[str, Any],
        types_config: TypesConfig,
        types_file: str,
        spec_file: str,
        sink: DiagnosticSink,
        homes: dict[str, str] | None = None,
    ) -> None:
        self.spec = spec
        # Component pointer -> the package its types go to when types.yaml names none.
        self.homes = homes or {}
        self.drop_words = dict(types_config.naming.drop_words)
        self.types_file = types_file
        self.spec_file = spec_file
        self.sink = sink
        self.registry = TypeRegistry()
        self.namings = {normalise_key(k): v for k, v in types_config.types.items()}
        self._naming_keys = {normalise_key(k): k for k in types_config.types}
        self._in_progress: set[tuple[str, Context]] = set()
        # Union pointer -> schemas whose response types extend it in the request context.
        self.extensions = {
            normalise_key(k): [normalise_key(e) for e in v.extend_union]
            for k, v in types_config.types.items()
            if v.extend_union
        }
        # Names whose declaration leaves out `null` (it is added back at every use).
        self._nullable: set[ir.TypeId] = set()
        # Names that also accept any mapping (request objects with additional properties).
        # ...and the name that union takes, when `types.yaml` gives one (`open_union`).
        self._open: dict[ir.TypeId, ir.TypeId | None] = {}
        # Names declared for object schemas (models and TypedDicts).
        self._objects: set[ir.TypeId] = set()
        # Aliases named after a property, with the union each stands for.
        self._alias_targets: dict[ir.TypeId, ir.TypeRef] = {}

    # ----------------------------------------------------------------------------------
    # Entry points
    # ----------------------------------------------------------------------------------

    def check_namings(self) -> None:
        """Every configured key should point at a schema in the spec: one that no longer does
        (the spec changed) is a warning, and its naming is not used."""
        for pointer, original in list(self._naming_keys.items()):
            where = f"/types/{escape_token(original)}"
            try:
                node = resolve_pointer(self.spec, pointer)
            except KeyError:
                self.sink.warning(
                    self.types_file, where, f"'{pointer}' is not in the spec (any more): this naming is not used"
                )
                self.namings.pop(pointer, None)
                del self._naming_keys[pointer]
                continue
            if not isinstance(node, dict):
                self.sink.error(self.types_file, where, f"'{pointer}' is not a schema")
                continue
            naming = self.namings[pointer]
            if naming.external and naming.inline:
                self.sink.error(self.types_file, where, "a type cannot be both external and inline")
            if naming.external and not (naming.model or naming.param):
                self.sink.error(self.types_file, where, "an external type needs the name it refers to (model or param)")
            if naming.open_union is not None and not (_is_object(node) and _admits_more(node)):
                self.sink.error(
                    self.types_file,
                    where + "/open_union",
                    f"'{pointer}' is not an object that admits additional properties",
                )
            if naming.extend_union and not _variants_key(node):
                self.sink.error(self.types_file, where + "/extend_union", f"'{pointer}' is not a union")
            for index, extra in enumerate(naming.extend_union):
                try:
                    resolve_pointer(self.spec, normalise_key(extra))
                except KeyError:
                    self.sink.warning(
                        self.types_file,
                        f"{where}/extend_union/{index}",
                        f"'{extra}' is not in the spec (any more): the union is not extended with it",
                    )

    def check_external(self) -> None:
        """Every external name must have been declared by the time the IR is complete."""
        for pointer, naming in self.namings.items():
            if not naming.external:
                continue
            for context in ("model", "param"):
                configured = getattr(naming, context)
                if configured is None:
                    continue
                type_id = ir.TypeId(*split_qualified(configured))
                if type_id not in self.registry.origin:
                    self.sink.error(
                        self.types_file,
                        f"/types/{escape_token(self._naming_keys[pointer])}/{context}",
                        f"external type {type_id} is never declared (no method has it as its params_type)",
                    )

    def declare_configured(self) -> None:
        """Declare every type that `types.yaml` names, reachable from a method or not."""
        for pointer, naming in list(self.namings.items()):
            if naming.inline or naming.external:
                continue
            try:
                node = resolve_pointer(self.spec, pointer)
            except KeyError:
                continue  # reported by check_namings
            if naming.model:
                self.named(pointer, node, "model")
            if naming.param:
                self.named(pointer, node, "param")

    def resolve(
        self,
        node: Any,
        pointer: str,
        context: Context,
        owner: ir.TypeId | None = None,
        hint: str = "",
    ) -> ir.TypeRef:
        """The type of a schema node found at `pointer`.

        `owner` is the declaration being built (inline objects are declared next to it);
        `hint` is the name an inline object takes when the configuration gives none.
        """
        if not isinstance(node, dict):
            if node is not True:  # `true` admits anything; anything else is not a schema we can read
                self.sink.warning(self.spec_file, pointer, f"the schema {node!r} is not understood: typed as Any")
            return ir.AnyType()
        override = node.get("x-stainless-override-schema")
        if isinstance(override, dict):
            return self.resolve(override, pointer + "/x-stainless-override-schema", context, owner, hint)
        ref = node.get("$ref")
        if isinstance(ref, str):
            try:
                target = resolve_pointer(self.spec, ref)
            except KeyError:
                self.sink.error(self.spec_file, pointer, f"broken $ref '{ref}'")
                return ir.AnyType()
            return self.named(ref, target, context, owner=owner, hint=hint)

        naming = self.namings.get(pointer)
        if naming is not None and not naming.inline and getattr(naming, context):
            return self.named(pointer, node, context)

        nullable, rest = _split_null(node)
        if nullable:
            inner = self.resolve(rest, pointer, context, owner, hint) if rest is not None else ir.PrimitiveType("none")
            return inner if isinstance(inner, ir.OptionalType) else ir.OptionalType(inner)

        if "const" in node:
            return ir.LiteralType((node["const"],))
        if isinstance(node.get("enum"), list):
            return ir.LiteralType(tuple(v for v in node["enum"] if v is not None))

        variants_key = _variants_key(node)
        if variants_key is not None:
            return self._union(node, pointer, variants_key, context, owner, hint)
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.resolve(all_of[0], pointer + "/allOf/0", context, owner, hint)
        if isinstance(all_of, list) and len(all_of) > 1:
            self.sink.warning(
                self.spec_file, pointer, f"allOf with {len(all_of)} schemas is not supported: typed as Any"
            )
            return ir.AnyType()
        if "not" in node:
            self.sink.warning(self.spec_file, pointer, "`not` schemas are not supported: typed as Any")
            return ir.AnyType()

        kind = node.get("type")
        if kind == "array":
            items = node.get("items", {})
            return ir.ListType(self.resolve(items, pointer + "/items", context, owner, _singular(hint)))
        if kind == "object" or "properties" in node:
            if node.get("properties"):
                return self._inline_object(node, pointer, context, owner, hint)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return ir.MapType(self.resolve(extra, pointer + "/additionalProperties", context, owner, hint))
            return ir.MapType(ir.PrimitiveType("object"))
        if kind == "string":
            fmt = node.get("format")
            if fmt == "binary":
                return ir.FileType()
            if fmt == "date-time":
                return ir.PrimitiveType("datetime")
            if fmt == "date":
                return ir.PrimitiveType("date")
            return ir.PrimitiveType("str")
        if kind == "integer":
            return ir.PrimitiveType("int")
        if kind == "number":
            return ir.PrimitiveType("float")
        if kind == "boolean":
            return ir.PrimitiveType("bool")
        if kind == "null":
            return ir.PrimitiveType("none")
        shape_keys = sorted(set(node) & _SHAPE_KEYWORDS)
        if kind is not None or shape_keys:
            # A type or shape keywords this reader does not handle (an unknown `type`, ...).
            found = f"type {kind!r}" if kind is not None else ", ".join(shape_keys)
            self.sink.warning(self.spec_file, pointer, f"a schema with {found} is not understood: typed as Any")
        return ir.AnyType()

    # ----------------------------------------------------------------------------------
    # Named declarations
    # ----------------------------------------------------------------------------------

    def named(
        self,
        pointer: str,
        node: Any,
        context: Context,
        owner: ir.TypeId | None = None,
        hint: str = "",
    ) -> ir.TypeRef:
        """A schema that may carry a name (a component, or an inline schema named in
        `types.yaml`). Objects always get a declaration; unions and enums only when named."""
        key = (pointer, context)
        existing = self.registry.by_schema.get(key)
        if existing is not None:
            return self._reference(existing)
        naming = self.namings.get(pointer)
        configured = getattr(naming, context) if naming is not None else None
        is_object = _is_object(node)
        if naming is not None and naming.inline and not is_object:
            return self._resolve_body(node, pointer, context, owner, hint)
        if configured is None and not is_object:
            return self._resolve_body(node, pointer, context, owner, hint)

        type_id = self._type_id(pointer, context, configured, owner, hint)
        where = f"/types/{escape_token(self._naming_keys.get(pointer, pointer))}"
        if naming is not None and naming.external and configured is not None:
            self.registry.by_schema[key] = type_id
            return ir.NamedType(type_id)
        other = self.registry.by_schema.get((pointer, "param" if context == "model" else "model"))
        if other == type_id:
            return self._shared_across_contexts(node, pointer, context, type_id, is_object, where)
        clash = self.registry.reserve(type_id, pointer)
        if clash is not None:
            self.sink.error(
                self.types_file, where, f"name collision: {type_id} is generated for both '{clash}' and '{pointer}'"
            )
            return ir.NamedType(type_id)
        self.registry.by_schema[key] = type_id
        if is_object:
            self._objects.add(type_id)
            self._declare_object(node, pointer, context, type_id)
            if context == "param" and _admits_more(node):
                self._declare_open(type_id, naming, pointer, where)
        else:
            target = self._resolve_body(node, pointer, context, type_id, hint)
            if isinstance(target, ir.OptionalType):
                self._nullable.add(type_id)
                target = target.inner
            if isinstance(target, ir.ListType) and self._names_union(target.item):
                # An array of a union of objects: the item union is named `<Name>Item`.
                item_id = ir.TypeId(type_id.module, type_id.name + "Item")
                target = ir.ListType(self._union_alias(item_id, target.item, pointer + "/items", context))
            self.registry.add(ir.AliasDecl(type_id, target, _doc(node), pointer, context))
        return self._reference(type_id)

    def _declare_open(self, type_id: ir.TypeId, naming: TypeNaming | None, pointer: str, where: str) -> None:
        """A request object that admits additional properties: uses accept any mapping too."""
        union = ir.UnionType((ir.NamedType(type_id), ir.MapType(ir.PrimitiveType("object"))))
        alias_id = None
        if naming is not None and naming.open_union is not None:
            alias_id = ir.TypeId(*split_qualified(naming.open_union))
            clash = self.registry.reserve(alias_id, pointer + "#open_union")
            if clash is not None:
                self.sink.error(
                    self.types_file,
                    where + "/open_union",
                    f"name collision: {alias_id} is already generated for '{clash}'",
                )
            else:
                self.registry.add(ir.AliasDecl(alias_id, union, None, pointer, "param"))
        self._open[type_id] = alias_id

    def _reference(self, type_id: ir.TypeId) -> ir.TypeRef:
        """How a use of a named type reads: with the null its declaration leaves out, and
        as a plain mapping too when the object is open."""
        ref: ir.TypeRef = ir.NamedType(type_id)
        if type_id in self._open:
            alias_id = self._open[type_id]
            ref = ir.NamedType(alias_id) if alias_id else ir.UnionType((ref, ir.MapType(ir.PrimitiveType("object"))))
        return ir.OptionalType(ref) if type_id in self._nullable else ref

    def _shared_across_contexts(
        self, node: Any, pointer: str, context: Context, type_id: ir.TypeId, is_object: bool, where: str
    ) -> ir.TypeRef:
        """`model` and `param` name the same type: fine for an enum or a union that reads
        the same in both contexts, never for an object (a model is not a TypedDict)."""
        declared = next((d for d in self.registry.modules[type_id.module].declarations if d.id == type_id), None)
        if is_object or not isinstance(declared, ir.AliasDecl):
            self.sink.error(
                self.types_file,
                where,
                f"{type_id} names an object in both contexts; give the request side its own name",
            )
            return ir.NamedType(type_id)
        target = self._resolve_body(node, pointer, context, type_id, "")
        if isinstance(target, ir.OptionalType):
            target = target.inner
        if target != declared.target:
            self.sink.error(
                self.types_file,
                where,
                f"{type_id} reads differently as a response and as a request type; give each its own name",
            )
        self.registry.by_schema[(pointer, context)] = type_id
        return self._reference(type_id)

    def _resolve_body(
        self, node: Any, pointer: str, context: Context, owner: ir.TypeId | None, hint: str
    ) -> ir.TypeRef:
        # Resolve the schema itself, bypassing the naming lookup for its own pointer.
        stripped = dict(node)
        saved = self.namings.pop(pointer, None)
        try:
            return self.resolve(stripped, pointer, context, owner, hint)
        finally:
            if saved is not None:
                self.namings[pointer] = saved

    def _type_id(
        self,
        pointer: str,
        context: Context,
        configured: str | None,
        owner: ir.TypeId | None,
        hint: str,
    ) -> ir.TypeId:
        if configured is not None:
            module, name = split_qualified(configured)
            return ir.TypeId(module, name)
        if pointer.startswith(COMPONENT_PREFIX) and "/" not in pointer[len(COMPONENT_PREFIX) :]:
            raw = self._default_name(pointer[len(COMPONENT_PREFIX) :].replace("~1", "/").replace("~0", "~"), context)
            # The module keeps the schema's own word breaks (`Tool_20250124` ->
            # `tool_20250124`); the class joins them (`Tool20250124`).
            base, module = pascal_case(raw), snake_case(raw)
            if context == "param" and not base.endswith(("Param", "Params")):
                base, module = base + "Param", module + "_param"  # never `...ParamsParam`
            return ir.TypeId(f"{self.homes.get(pointer, 'types')}.{module}", base)
        # An inline object lives next to the declaration that holds it.
        name = pascal_case(hint) or "Object"
        module = owner.module if owner is not None else "types.shared_inline"
        candidate = ir.TypeId(module, name)
        if owner is not None and candidate == owner:
            candidate = ir.TypeId(module, owner.name + name)
        return candidate

    def _default_name(self, name: str, context: Context) -> str:
        """A schema's name without the words `naming.drop_words` drops in this context."""
        schemas = (self.spec.get("components") or {}).get("schemas") or {}
        for word in self.drop_words.get(context, ()):
            shorter = re.sub(rf"(?:(?<=^)|(?<=[a-z0-9_])){re.escape(word)}(?=[A-Z0-9_])", "", name)
            if shorter and shorter != name and shorter not in schemas:
                name = shorter
        return name

    def _declare_object(self, node: dict[str, Any], pointer: str, context: Context, type_id: ir.TypeId) -> None:
        fields = self.object_fields(node, pointer, context, type_id)
        doc = _doc(node)
        if context == "model":
            self.registry.add(ir.ModelDecl(type_id, tuple(fields), doc, pointer))
        else:
            self.registry.add(ir.ParamsDecl(type_id, tuple(fields), doc, pointer))

    def object_fields(self, node: dict[str, Any], pointer: str, context: Context, owner: ir.TypeId) -> list[ir.Field]:
        properties = node.get("properties") or {}
        required = set(node.get("required") or [])
        fields = []
        for wire_name, prop in properties.items():
            prop_pointer = f"{pointer}/properties/{escape_token(wire_name)}"
            prop_type = self.property_type(prop, prop_pointer, context, owner, wire_name)
            fields.append(self.make_field(wire_name, prop, prop_type, wire_name in required, context))
        if context == "model":
            fields.sort(key=lambda field: model_field_rank(field.wire_name, required))
        return fields

    def property_type(
        self, node: Any, pointer: str, context: Context, owner: ir.TypeId | None, wire_name: str
    ) -> ir.TypeRef:
        """The type of a property. An inline union of objects gets a name of its own in the
        owner's module: the property's name in PascalCase (singular when the property is a
        list of it), e.g. `content: Content`, `citations: List[Citation]`."""
        resolved = self.resolve(node, pointer, context, owner, hint=wire_name)
        if owner is None:
            return resolved
        return self._name_unions(resolved, owner, wire_name, pointer, context, in_list=False)

    def _name_unions(
        self, ref: ir.TypeRef, owner: ir.TypeId, wire_name: str, pointer: str, context: Context, in_list: bool
    ) -> ir.TypeRef:
        """`ref` with its union of objects (looked for through optionals, lists and unions
        of other kinds) replaced by an alias named after the property."""
        if isinstance(ref, ir.OptionalType):
            return ir.OptionalType(self._name_unions(ref.inner, owner, wire_name, pointer, context, in_list))
        if isinstance(ref, ir.ListType):
            return ir.ListType(self._name_unions(ref.item, owner, wire_name, pointer, context, in_list=True))
        if self._names_union(ref):
            name = pascal_case(_singular(wire_name) if in_list else wire_name)
            return self._union_alias(ir.TypeId(owner.module, name), ref, pointer, context)
        if isinstance(ref, ir.UnionType):
            variants = tuple(self._name_unions(v, owner, wire_name, pointer, context, in_list) for v in ref.variants)
            return ir.UnionType(variants, ref.discriminator)
        return ref

    def _names_union(self, ref: ir.TypeRef) -> bool:
        """An inline union gets a name when at least one of its variants (or of the unions
        nested in it) is an object."""
        return isinstance(ref, ir.UnionType) and any(
            (isinstance(v, ir.NamedType) and v.ref in self._objects) or self._names_union(v) for v in ref.variants
        )

    def _union_alias(self, alias_id: ir.TypeId, union: ir.TypeRef, pointer: str, context: Context) -> ir.TypeRef:
        """Declare `alias_id` for `union` (once) and refer to it; an alias name the module
        already uses for something else keeps the union inline."""
        origin = f"{pointer}#union"
        declared = self._alias_targets.get(alias_id)
        if declared is not None:
            return ir.NamedType(alias_id) if declared == union else union
        if self.registry.reserve(alias_id, origin) is not None:
            return union
        self._alias_targets[alias_id] = union
        self.registry.add(ir.AliasDecl(alias_id, union, None, origin, context))
        return ir.NamedType(alias_id)

    def make_field(
        self, wire_name: str, prop: Any, prop_type: ir.TypeRef, in_required: bool, context: Context
    ) -> ir.Field:
        py_name = python_identifier(wire_name)
        if context == "model" and py_name in RESERVED_MODEL_FIELDS:
            py_name += "_"
        doc = _doc(prop) if isinstance(prop, dict) else None
        deprecated = bool(isinstance(prop, dict) and prop.get("deprecated"))
        if context == "model":
            nullable = isinstance(prop_type, ir.OptionalType)
            required = in_required and not nullable
            if not required and not nullable:
                prop_type = ir.OptionalType(prop_type)
            return ir.Field(wire_name, py_name, prop_type, required, doc, deprecated, None, not required)
        return ir.Field(wire_name, py_name, prop_type, in_required, doc, deprecated)

    def _inline_object(
        self,
        node: dict[str, Any],
        pointer: str,
        context: Context,
        owner: ir.TypeId | None,
        hint: str,
    ) -> ir.TypeRef:
        return self.named(pointer, node, context, owner=owner, hint=hint)

    # ----------------------------------------------------------------------------------
    # Unions
    # ----------------------------------------------------------------------------------

    def _union(
        self,
        node: dict[str, Any],
        pointer: str,
        key: str,
        context: Context,
        owner: ir.TypeId | None,
        hint: str,
    ) -> ir.TypeRef:
        raw_variants = node[key]
        variants: list[ir.TypeRef] = []
        nullable = False
        for index, variant in enumerate(raw_variants):
            if _is_null(variant):
                nullable = True
                continue
            resolved = self.resolve(variant, f"{pointer}/{key}/{index}", context, owner, hint)
            if isinstance(resolved, ir.OptionalType):
                nullable = True
                resolved = resolved.inner
            if isinstance(resolved, ir.UnionType) and resolved.discriminator is None:
                variants.extend(resolved.variants)
            else:
                variants.append(resolved)
        if context == "param":
            variants.extend(v for v in self._extension_variants(node, pointer) if v not in variants)
        variants = _merge_literals(variants)
        result: ir.TypeRef
        if not variants:
            return ir.PrimitiveType("none")
        if len(variants) == 1:
            result = variants[0]
        else:
            non_null = [v for v in raw_variants if not _is_null(v)]
            result = ir.UnionType(tuple(variants), self._discriminator(node, non_null))
        return ir.OptionalType(result) if nullable else result

    def _extension_variants(self, node: dict[str, Any], pointer: str) -> list[ir.TypeRef]:
        """The response types a request union is extended with (spec extension and config)."""
        extra = [normalise_key(name) for name in node.get(EXTEND_UNION) or [] if isinstance(name, str)]
        from_spec = set(extra)
        extra += [key for key in self.extensions.get(pointer, []) if key not in extra]
        found: list[ir.TypeRef] = []
        for key in extra:
            try:
                target = resolve_pointer(self.spec, key)
            except KeyError:
                if key in from_spec:  # a broken spec; a stale types.yaml entry was reported already
                    self.sink.error(self.spec_file, pointer, f"{EXTEND_UNION}: unknown schema '{key}'")
                continue
            found.append(self.named(key, target, "model"))
        return found

    def _discriminator(self, node: dict[str, Any], raw_variants: list[Any]) -> str | None:
        declared = node.get("discriminator")
        candidate = declared.get("propertyName") if isinstance(declared, dict) else "type"
        if not isinstance(candidate, str):
            return None
        seen: set[Any] = set()
        for variant in raw_variants:
            target = variant
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
                try:
                    target = resolve_pointer(self.spec, variant["$ref"])
                except KeyError:
                    return None
            if not isinstance(target, dict) or not _is_object(target):
                return None
            prop = (target.get("properties") or {}).get(candidate)
            if not isinstance(prop, dict) or candidate not in (target.get("required") or []):
                return None
            values = [prop["const"]] if "const" in prop else prop.get("enum")
            if not isinstance(values, list) or not values or seen.intersection(values):
                return None
            seen.update(values)
        return candidate


# Keywords that give a schema a shape; a schema with none of them (only a description, say)
# admits any value, which `Any` says exactly.
_SHAPE_KEYWORDS = frozenset(
    {"type", "properties", "items", "additionalProperties", "enum", "const", "oneOf", "anyOf", "allOf", "not", "$ref"}
)


def _split_null(node: dict[str, Any]) -> tuple[bool, Any]:
    """The non-union nullable spellings: `type: [X, "null"]` and `nullable: true`
    (unions with a `{type: null}` variant are handled by `_union`)."""
    kind = node.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest_kinds = [k for k in kind if k != "null"]
        if not rest_kinds:
            return True, None
        rest = dict(node)
        rest["type"] = rest_kinds[0] if len(rest_kinds) == 1 else rest_kinds
        return True, rest
    if node.get("nullable") is True:
        rest = dict(node)
        del rest["nullable"]
        return True, rest
    return False, node


def _variants_key(node: dict[str, Any]) -> str | None:
    return "oneOf" if "oneOf" in node else "anyOf" if "anyOf" in node else None


def _admits_more(node: dict[str, Any]) -> bool:
    """An object that allows properties beyond the ones it lists (any value)."""
    extra = node.get("additionalProperties")
    return extra is True or (isinstance(extra, dict) and not extra)


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null" and len(node) == 1


def _is_object(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get("properties")) and "$ref" not in node


def _merge_literals(variants: list[ir.TypeRef]) -> list[ir.TypeRef]:
    """`Literal["a"] | str | Literal["b"]` -> `Literal["a", "b"] | str`: literals merge into
    the position of the first one; duplicates are dropped."""
    literal_values: list[Any] = []
    merged: list[ir.TypeRef] = []
    literal_slot: int | None = None
    for variant in variants:
        if isinstance(variant, ir.LiteralType):
            if literal_slot is None:
                literal_slot = len(merged)
                merged.append(variant)
            literal_values.extend(v for v in variant.values if v not in literal_values)
        elif variant not in merged:
            merged.append(variant)
    if literal_slot is not None:
        merged[literal_slot] = ir.LiteralType(tuple(literal_values))
    return merged


def _doc(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("description"), str):
        text = node["description"].strip()
        return text or None
    return None


def _singular(hint: str) -> str:
    if hint.endswith("ies"):
        return hint[:-3] + "y"
    if hint.endswith("s") and not hint.endswith("ss"):
        return hint[:-1]
    return hint


def model_field_rank(wire_name: str, required: set[str]) -> tuple[int, int, str]:
    """Where a response model declares a property (which is also the key order of its dumps
    and its repr): `id` first, then the properties the schema requires, then the others,
    each group alphabetically."""
    return (wire_name != "id", wire_name not in required, wire_name)
