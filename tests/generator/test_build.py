"""Stage 3: the IR builder on small specs and configurations."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from generator import ir
from generator.build import build_sdk
from generator.diagnostics import DiagnosticSink, GeneratorError, Severity

from .helpers import (
    TYPES_FILE,
    build,
    build_warnings,
    configuration,
    declarations,
    fields,
    json_body,
    method,
    ok,
    resource,
    sdk_config,
    spec,
)

S = ir.PrimitiveType("str")
I = ir.PrimitiveType("int")  # noqa: E741
B = ir.PrimitiveType("bool")


def named(module: str, name: str) -> ir.NamedType:
    return ir.NamedType(ir.TypeId(module, name))


def obj(required: tuple[str, ...] = (), **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def one_method_sdk(operation: str, **options: Any) -> dict[str, Any]:
    return sdk_config({"things": resource("resources.things", "Things", call={"operation": operation, **options})})


# --------------------------------------------------------------------------------------
# Objects, by context


SCHEMAS: dict[str, Any] = {
    "Block": obj(("type", "text"), type={"type": "string", "const": "text"}, text={"type": "string"}),
    "Request": obj(("blocks",), blocks={"type": "array", "items": ref("Block")}, note={"type": "string"}),
}


def test_objects_become_models_in_responses_and_typeddicts_in_requests() -> None:
    document = spec(
        {"/things": {"post": {"requestBody": json_body(ref("Request")), "responses": ok("Block")}}},
        SCHEMAS,
    )
    sdk = build(document, one_method_sdk("post /things", params_type="types.thing_create_params.ThingCreateParams"))
    decls = declarations(sdk)
    assert isinstance(decls["types.block.Block"], ir.ModelDecl)
    assert isinstance(decls["types.block_param.BlockParam"], ir.ParamsDecl)
    assert isinstance(decls["types.thing_create_params.ThingCreateParams"], ir.ParamsDecl)
    # The request body's object is the method's params type, not a declaration of its own.
    assert "types.request.Request" not in decls and "types.request_param.RequestParam" not in decls
    params = fields(decls["types.thing_create_params.ThingCreateParams"])
    assert params["blocks"].type == ir.ListType(named("types.block_param", "BlockParam"))
    assert params["blocks"].required and not params["note"].required
    call = method(sdk, "things.call")
    assert call.response == ir.ModelResponse(named("types.block", "Block"))
    assert call.body == "json"
    assert [(p.py_name, p.location, p.required) for p in call.params] == [
        ("blocks", "body", True),
        ("note", "body", False),
    ]


def test_types_yaml_places_and_names_types() -> None:
    document = spec(
        {"/things": {"post": {"requestBody": json_body(ref("Request")), "responses": ok("Block")}}}, SCHEMAS
    )
    types = {
        "types": {"Block": {"model": "types.blocks.text.TextBlock", "param": "types.blocks.text_param.TextBlockParam"}}
    }
    sdk = build(document, one_method_sdk("post /things"), types)
    decls = declarations(sdk)
    assert isinstance(decls["types.blocks.text.TextBlock"], ir.ModelDecl)
    assert isinstance(decls["types.blocks.text_param.TextBlockParam"], ir.ParamsDecl)
    assert method(sdk, "things.call").response == ir.ModelResponse(named("types.blocks.text", "TextBlock"))


def test_configured_types_are_declared_even_when_no_method_uses_them() -> None:
    document = spec({}, {"Lonely": obj(("a",), a={"type": "string"})})
    sdk = build(document, sdk_config(), {"types": {"Lonely": {"model": "types.lonely.Lonely"}}})
    assert isinstance(declarations(sdk)["types.lonely.Lonely"], ir.ModelDecl)


# --------------------------------------------------------------------------------------
# Fields


def model_fields(schema: dict[str, Any], **extra_schemas: Any) -> dict[str, ir.Field]:
    """The fields of the model built from `schema`, with the aliases named after properties
    (see test_inline_unions_of_objects_are_named_after_their_property) read as their unions."""
    document = spec({"/t": {"get": {"responses": ok("T")}}}, {"T": schema, **extra_schemas})
    decls = declarations(build(document, one_method_sdk("get /t")))
    return {name: replace(f, type=unaliased(f.type, decls)) for name, f in fields(decls["types.t.T"]).items()}


def unaliased(ref: ir.TypeRef, decls: dict[str, ir.Declaration]) -> ir.TypeRef:
    if isinstance(ref, ir.OptionalType):
        return ir.OptionalType(unaliased(ref.inner, decls))
    if isinstance(ref, ir.ListType):
        return ir.ListType(unaliased(ref.item, decls))
    if isinstance(ref, ir.NamedType):
        decl = decls.get(str(ref.ref))
        if isinstance(decl, ir.AliasDecl) and decl.pointer.endswith("#union"):
            return decl.target
    return ref


def param_fields(schema: dict[str, Any], **extra_schemas: Any) -> dict[str, ir.Field]:
    document = spec(
        {"/t": {"post": {"requestBody": json_body(ref("T")), "responses": ok()}}}, {"T": schema, **extra_schemas}
    )
    sdk = build(document, one_method_sdk("post /t", params_type="types.t_params.TParams"))
    return fields(declarations(sdk)["types.t_params.TParams"])


NULLABLE_SPELLINGS = {
    "anyOf": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "oneOf": {"oneOf": [{"type": "string"}, {"type": "null"}]},
    "type list": {"type": ["string", "null"]},
    "nullable": {"type": "string", "nullable": True},
}


@pytest.mark.parametrize("schema", NULLABLE_SPELLINGS.values(), ids=NULLABLE_SPELLINGS.keys())
def test_nullable_fields_are_optional_and_not_required_in_models(schema: dict[str, Any]) -> None:
    f = model_fields(obj(("a",), a=schema))["a"]
    assert f.type == ir.OptionalType(S)
    assert not f.required and f.has_default


def test_required_and_optional_model_fields() -> None:
    found = model_fields(obj(("a",), a={"type": "string"}, b={"type": "integer"}))
    assert (found["a"].type, found["a"].required, found["a"].has_default) == (S, True, False)
    # Not required: Optional with a default of None.
    assert (found["b"].type, found["b"].required, found["b"].has_default) == (ir.OptionalType(I), False, True)


def test_nullable_params_stay_required_when_required() -> None:
    found = param_fields(obj(("a",), a={"anyOf": [{"type": "string"}, {"type": "null"}]}, b={"type": "string"}))
    assert (found["a"].type, found["a"].required) == (ir.OptionalType(S), True)
    assert (found["b"].type, found["b"].required) == (S, False)


def test_primitive_and_container_types() -> None:
    found = model_fields(
        obj(
            (),
            s={"type": "string"},
            i={"type": "integer"},
            n={"type": "number"},
            b={"type": "boolean"},
            dt={"type": "string", "format": "date-time"},
            d={"type": "string", "format": "date"},
            arr={"type": "array", "items": {"type": "string"}},
            m={"type": "object", "additionalProperties": {"type": "integer"}},
            free={"type": "object"},
            anything={},
        )
    )
    inner = {k: v.type.inner for k, v in found.items() if isinstance(v.type, ir.OptionalType) and k != "anything"}
    assert inner == {
        "s": S,
        "i": I,
        "n": ir.PrimitiveType("float"),
        "b": B,
        "dt": ir.PrimitiveType("datetime"),
        "d": ir.PrimitiveType("date"),
        "arr": ir.ListType(S),
        "m": ir.MapType(I),
        "free": ir.MapType(ir.PrimitiveType("object")),
    }
    # `{}` admits anything, null included.
    assert found["anything"].type in (ir.AnyType(), ir.OptionalType(ir.AnyType()))


def test_enums_and_consts_become_literals() -> None:
    found = model_fields(
        obj(
            ("kind", "type", "level"),
            kind={"type": "string", "enum": ["a", "b"]},
            type={"type": "string", "const": "thing"},
            level={"type": "integer", "enum": [1, 2]},
            maybe={"anyOf": [{"type": "string", "enum": ["x"]}, {"type": "null"}]},
        )
    )
    assert found["kind"].type == ir.LiteralType(("a", "b"))
    assert found["type"].type == ir.LiteralType(("thing",))
    assert found["level"].type == ir.LiteralType((1, 2))
    assert found["maybe"].type == ir.OptionalType(ir.LiteralType(("x",)))


def test_literals_merge_in_unions_with_str() -> None:
    found = model_fields(obj(("model",), model={"anyOf": [{"type": "string"}, {"enum": ["a", "b"], "type": "string"}]}))
    assert found["model"].type == ir.UnionType((S, ir.LiteralType(("a", "b"))))


def test_python_names_for_wire_names() -> None:
    found = model_fields(
        obj((), **{"anthropic-beta": {"type": "string"}, "class": {"type": "string"}, "json": {"type": "string"}})
    )
    assert found["anthropic-beta"].py_name == "anthropic_beta"
    assert found["class"].py_name == "class_"
    # Names that shadow BaseModel members get a trailing underscore in models.
    assert found["json"].py_name == "json_"


def test_declaration_order_of_properties_is_kept() -> None:
    found = model_fields(obj(("z",), z={"type": "string"}, a={"type": "string"}, m={"type": "string"}))
    assert list(found) == ["z", "a", "m"]


# --------------------------------------------------------------------------------------
# Unions


VARIANTS = {
    "Text": obj(("type", "text"), type={"type": "string", "const": "text"}, text={"type": "string"}),
    "Image": obj(("type", "url"), type={"type": "string", "enum": ["image"]}, url={"type": "string"}),
}


def test_union_discriminator_is_inferred_without_a_discriminator_keyword() -> None:
    found = model_fields(obj(("content",), content={"oneOf": [ref("Text"), ref("Image")]}), **VARIANTS)
    assert found["content"].type == ir.UnionType((named("types.text", "Text"), named("types.image", "Image")), "type")


def test_declared_discriminator_property_is_used() -> None:
    variants = {
        "A": obj(("kind",), kind={"const": "a", "type": "string"}),
        "B": obj(("kind",), kind={"const": "b", "type": "string"}),
    }
    schema = obj(("x",), x={"oneOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "kind"}})
    assert model_fields(schema, **variants)["x"].type.discriminator == "kind"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "variants",
    [
        # The tag is not required in one variant.
        {
            "A": obj(("type",), type={"const": "a", "type": "string"}),
            "B": obj((), type={"const": "b", "type": "string"}),
        },
        # Two variants share a tag value.
        {
            "A": obj(("type",), type={"const": "a", "type": "string"}),
            "B": obj(("type",), type={"enum": ["b", "a"], "type": "string"}),
        },
        # One variant has no tag at all.
        {
            "A": obj(("type",), type={"const": "a", "type": "string"}),
            "B": obj(("x",), x={"type": "string"}),
        },
    ],
    ids=["not-required", "duplicate", "missing"],
)
def test_no_discriminator_when_the_variants_do_not_allow_one(variants: dict[str, Any]) -> None:
    found = model_fields(obj(("x",), x={"anyOf": [ref("A"), ref("B")]}), **variants)
    union = found["x"].type
    assert isinstance(union, ir.UnionType) and union.discriminator is None


def test_a_named_union_is_an_alias_and_an_unnamed_one_is_inlined() -> None:
    schemas = {
        **VARIANTS,
        "Block": {"oneOf": [ref("Text"), ref("Image")]},
        "Holder": obj(("named", "inline"), named=ref("Block"), inline={"oneOf": [ref("Text"), ref("Image")]}),
    }
    document = spec({"/h": {"get": {"responses": ok("Holder")}}}, schemas)
    sdk = build(document, one_method_sdk("get /h"), {"types": {"Block": {"model": "types.block.Block"}}})
    decls = declarations(sdk)
    alias = decls["types.block.Block"]
    union = ir.UnionType((named("types.text", "Text"), named("types.image", "Image")), "type")
    assert isinstance(alias, ir.AliasDecl) and alias.target == union and alias.context == "model"
    found = fields(decls["types.holder.Holder"])
    assert found["named"].type == named("types.block", "Block")
    # The inline union is named after its property, in the holder's module.
    assert found["inline"].type == named("types.holder", "Inline")
    assert decls["types.holder.Inline"] == ir.AliasDecl(
        ir.TypeId("types.holder", "Inline"), union, None, "#/components/schemas/Holder/properties/inline#union", "model"
    )


def test_an_unnamed_component_union_is_inlined_where_used() -> None:
    schemas = {**VARIANTS, "Block": {"oneOf": [ref("Text"), ref("Image")]}, "Holder": obj(("b",), b=ref("Block"))}
    document = spec({"/h": {"get": {"responses": ok("Holder")}}}, schemas)
    decls = declarations(build(document, one_method_sdk("get /h")))
    assert not any(name.endswith(".Block") for name in decls)
    assert isinstance(unaliased(fields(decls["types.holder.Holder"])["b"].type, decls), ir.UnionType)


def test_inline_unions_of_objects_are_named_after_their_property() -> None:
    schemas = {
        **VARIANTS,
        "Holder": obj(
            ("content", "citations"),
            content={"oneOf": [ref("Text"), ref("Image")]},
            citations={"type": "array", "items": {"oneOf": [ref("Text"), ref("Image")]}},
            applied_edits={
                "anyOf": [{"type": "array", "items": {"anyOf": [ref("Text"), ref("Image")]}}, {"type": "null"}]
            },
            mixed={"anyOf": [{"type": "string"}, {"type": "array", "items": {"anyOf": [ref("Text"), ref("Image")]}}]},
            primitives={"anyOf": [{"type": "string"}, {"type": "integer"}]},
        ),
        "Listing": {"type": "array", "items": {"anyOf": [ref("Text"), ref("Image")]}},
    }
    document = spec({"/h": {"get": {"responses": ok("Holder")}}}, schemas)
    sdk = build(document, one_method_sdk("get /h"), {"types": {"Listing": {"model": "types.listing.Listing"}}})
    decls = declarations(sdk)
    found = fields(decls["types.holder.Holder"])
    holder = "types.holder"
    assert found["content"].type == named(holder, "Content")
    assert found["citations"].type == ir.ListType(named(holder, "Citation"))  # singular for list items
    assert found["applied_edits"].type == ir.OptionalType(ir.ListType(named(holder, "AppliedEdit")))
    # Found inside a union with other kinds (named like the property, singular inside a list).
    assert found["mixed"].type == ir.OptionalType(ir.UnionType((S, ir.ListType(named(holder, "Mixed")))))
    # A union without an object variant stays inline.
    assert found["primitives"].type == ir.OptionalType(ir.UnionType((S, ir.PrimitiveType("int"))))
    # The item union of a named array schema is `<Name>Item`.
    listing = decls["types.listing.Listing"]
    assert isinstance(listing, ir.AliasDecl) and listing.target == ir.ListType(named("types.listing", "ListingItem"))
    assert isinstance(decls["types.listing.ListingItem"], ir.AliasDecl)


def test_model_fields_are_ordered_id_first_then_required_then_optional() -> None:
    schema = obj(("type", "id", "b_required"), type={"type": "string"}, a_optional={"type": "string"})
    schema["properties"] = {
        "z_optional": {"type": "string"},
        "type": {"type": "string"},
        "b_required": {"type": "string"},
        "id": {"type": "string"},
        "a_optional": {"type": "string"},
    }
    assert list(model_fields(schema)) == ["id", "b_required", "type", "a_optional", "z_optional"]
    # Request TypedDicts keep the spec's order (it has no effect there).
    assert list(param_fields(schema)) == ["z_optional", "type", "b_required", "id", "a_optional"]


def test_a_nullable_union_is_optional() -> None:
    found = model_fields(obj(("x",), x={"anyOf": [ref("Text"), ref("Image"), {"type": "null"}]}), **VARIANTS)
    assert isinstance(found["x"].type, ir.OptionalType)
    assert isinstance(found["x"].type.inner, ir.UnionType)
    assert not found["x"].required


def test_a_named_enum_with_inline_true_is_inlined() -> None:
    schemas = {"Reason": {"type": "string", "enum": ["a", "b"]}, "T": obj(("r",), r=ref("Reason"))}
    document = spec({"/t": {"get": {"responses": ok("T")}}}, schemas)
    sdk = build(document, one_method_sdk("get /t"), {"types": {"Reason": {"inline": True}}})
    assert fields(declarations(sdk)["types.t.T"])["r"].type == ir.LiteralType(("a", "b"))


# --------------------------------------------------------------------------------------
# Inline objects


def test_inline_objects_are_named_after_their_property_and_live_next_to_their_owner() -> None:
    schema = obj(
        ("error",),
        error=obj(("message",), message={"type": "string"}),
        items={"type": "array", "items": obj((), id={"type": "string"})},
    )
    document = spec({"/t": {"get": {"responses": ok("T")}}}, {"T": schema})
    decls = declarations(build(document, one_method_sdk("get /t")))
    assert isinstance(decls["types.t.Error"], ir.ModelDecl)
    assert fields(decls["types.t.Error"])["message"].type == S
    # Array items are named after the singular of the property.
    assert isinstance(decls["types.t.Item"], ir.ModelDecl)
    found = fields(decls["types.t.T"])
    assert found["error"].type == named("types.t", "Error")
    assert found["items"].type == ir.OptionalType(ir.ListType(named("types.t", "Item")))


def test_inline_object_in_a_request_body_is_a_typeddict_next_to_the_params_type() -> None:
    schema = obj(("metadata",), metadata=obj((), user_id={"type": "string"}))
    found = param_fields(schema)
    assert found["metadata"].type == named("types.t_params", "Metadata")


def test_inline_object_named_like_its_owner_gets_a_prefixed_name() -> None:
    document = spec({"/t": {"get": {"responses": ok("T")}}}, {"T": obj(("t",), t=obj((), x={"type": "string"}))})
    decls = declarations(build(document, one_method_sdk("get /t")))
    assert fields(decls["types.t.T"])["t"].type == named("types.t", "TT")


# --------------------------------------------------------------------------------------
# Parameters


BETAS_HEADER = {
    "name": "anthropic-beta",
    "in": "header",
    "required": False,
    "schema": {
        "type": "string",
        "items": {"type": "string"},
        "x-stainless-override-schema": {
            "type": "array",
            "items": {"type": "string"},
            "x-stainless-param": "betas",
        },
    },
}


def test_override_schema_header_becomes_a_joined_betas_parameter() -> None:
    document = spec({"/t": {"get": {"parameters": [BETAS_HEADER], "responses": ok()}}})
    sdk = build(document, one_method_sdk("get /t", default_headers={"anthropic-beta": ["b-1"]}))
    call = method(sdk, "things.call")
    (param,) = call.params
    assert param == ir.Param("betas", "anthropic-beta", "header", ir.ListType(S), False, None, joined_header=True)
    assert call.default_headers == (("anthropic-beta", ("b-1",)),)


def test_client_parameters_are_not_method_parameters() -> None:
    header = {"name": "X-Api-Key", "in": "header", "schema": {"type": "string"}}
    document = spec({"/t": {"get": {"parameters": [header], "responses": ok()}}})
    assert method(build(document, one_method_sdk("get /t")), "things.call").params == ()


def test_parameter_order_path_then_required_then_optional_then_headers() -> None:
    def p(name: str, where: str, required: bool = False) -> dict[str, Any]:
        return {"name": name, "in": where, "required": required, "schema": {"type": "string"}}

    operation = {
        "parameters": [
            p("z-header", "header"),
            p("limit", "query"),
            p("b_id", "path", True),
            p("a-header", "header", True),
            p("after", "query", True),
        ],
        "requestBody": json_body(obj(("zeta",), zeta={"type": "string"}, alpha={"type": "string"})),
        "responses": ok(),
    }
    path_item = {"parameters": [p("a_id", "path", True)], "post": operation}
    document = spec({"/x/{a_id}/y/{b_id}": path_item})
    call = method(build(document, one_method_sdk("post /x/{a_id}/y/{b_id}")), "things.call")
    # The last path parameter in URL order is positional and comes first; the others are
    # keywords, before every other parameter.
    assert [(x.py_name, x.location, x.required) for x in call.params] == [
        ("b_id", "path", True),
        ("a_id", "path", True),
        ("after", "query", True),
        ("zeta", "body", True),
        ("alpha", "body", False),
        ("limit", "query", False),
        ("a_header", "header", True),
        ("z_header", "header", False),
    ]
    assert [x.py_name for x in call.params if getattr(x, "positional", False)] == ["b_id"]


def test_parameter_refs_are_followed() -> None:
    document = spec({"/t": {"get": {"parameters": [{"$ref": "#/components/parameters/Limit"}], "responses": ok()}}})
    document["components"] = {"parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}}
    (param,) = method(build(document, one_method_sdk("get /t")), "things.call").params
    assert (param.py_name, param.location, param.type) == ("limit", "query", I)


def test_multipart_bodies_have_file_parameters() -> None:
    body = {"content": {"multipart/form-data": {"schema": obj(("file",), file={"type": "string", "format": "binary"})}}}
    document = spec({"/f": {"post": {"requestBody": body, "responses": ok()}}})
    call = method(build(document, one_method_sdk("post /f")), "things.call")
    assert call.body == "multipart"
    assert call.params == (ir.Param("file", "file", "body", ir.FileType(), True),)


# --------------------------------------------------------------------------------------
# Responses


LIST_SCHEMAS = {
    "Item": obj(("id",), id={"type": "string"}),
    "ItemList": obj(
        ("data", "has_more"),
        data={"type": "array", "items": ref("Item")},
        has_more={"type": "boolean"},
        first_id={"anyOf": [{"type": "string"}, {"type": "null"}]},
        last_id={"anyOf": [{"type": "string"}, {"type": "null"}]},
    ),
}
PAGINATION = {
    "Page": {
        "kind": "id",
        "items": "data",
        "first_id": "first_id",
        "last_id": "last_id",
        "next_param": "after_id",
        "previous_param": "before_id",
    }
}


def test_page_responses() -> None:
    document = spec({"/items": {"get": {"responses": ok("ItemList")}}}, LIST_SCHEMAS)
    sdk_yaml = sdk_config(
        {"items": resource("resources.items", "Items", list={"operation": "get /items", "page": "Page"})}, PAGINATION
    )
    sdk = build(document, sdk_yaml)
    assert method(sdk, "items.list").response == ir.PageResponse("Page", named("types.item", "Item"))
    (scheme,) = sdk.page_schemes
    assert (scheme.name, scheme.kind, scheme.items_field, scheme.next_param) == ("Page", "id", "data", "after_id")
    assert [f.wire_name for f in scheme.response_fields] == ["has_more", "first_id", "last_id"]
    # The list response itself is not a declared type.
    assert "types.item_list.ItemList" not in declarations(sdk)


def test_page_errors_name_the_method_key() -> None:
    document = spec({"/items": {"get": {"responses": ok("Item")}}}, LIST_SCHEMAS)
    for page, message in (
        ("Nope", "unknown pagination scheme 'Nope'"),
        ("Page", "the response has no 'data' array to page through"),
    ):
        sdk_yaml = sdk_config(
            {"items": resource("resources.items", "Items", list={"operation": "get /items", "page": page})}, PAGINATION
        )
        with pytest.raises(GeneratorError) as excinfo:
            build(document, sdk_yaml)
        assert [(d.file, d.pointer, d.message) for d in excinfo.value.diagnostics] == [
            ("overlays/sdk.yaml", "/resources/items/methods/list/page", message)
        ]


def test_jsonl_binary_and_empty_responses() -> None:
    document = spec(
        {
            "/results": {
                "get": {
                    "responses": {
                        "200": {"description": "", "content": {"application/x-jsonl": {"schema": ref("Item")}}}
                    }
                }
            },
            "/content": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
                        }
                    }
                }
            },
            "/nothing": {"delete": {"responses": ok()}},
        },
        LIST_SCHEMAS,
    )
    sdk_yaml = sdk_config(
        {
            "r": resource(
                "resources.r",
                "R",
                results={"operation": "get /results", "jsonl": True},
                content={"operation": "get /content", "binary": True},
                nothing={"operation": "delete /nothing"},
            )
        }
    )
    sdk = build(document, sdk_yaml)
    assert method(sdk, "r.results").response == ir.JSONLResponse(named("types.item", "Item"))
    assert method(sdk, "r.content").response == ir.BinaryResponse()
    assert method(sdk, "r.nothing").response == ir.ModelResponse(ir.AnyType())


STREAM_SCHEMAS = {
    "Start": obj(("type",), type={"const": "start", "type": "string"}),
    "Stop": obj(("type",), type={"const": "stop", "type": "string"}),
    "Event": {"oneOf": [ref("Start"), ref("Stop")]},
    "Reply": obj(("text",), text={"type": "string"}),
    "Create": obj(("prompt",), prompt={"type": "string"}, stream={"type": "boolean"}),
}


def test_streaming_methods_get_an_event_type_and_params_variants() -> None:
    document = spec(
        {"/go": {"post": {"requestBody": json_body(ref("Create")), "responses": ok("Reply")}}}, STREAM_SCHEMAS
    )
    sdk_yaml = one_method_sdk(
        "post /go",
        params_type="types.go_params.GoParams",
        streaming={"param": "stream", "event": "Event"},
    )
    sdk = build(document, sdk_yaml, {"types": {"Event": {"model": "types.event.Event"}}})
    call = method(sdk, "things.call")
    assert call.streaming == ir.Streaming(
        "stream",
        named("types.event", "Event"),
        ir.TypeId("types.go_params", "GoParamsStreaming"),
        ir.TypeId("types.go_params", "GoParamsNonStreaming"),
    )
    decls = declarations(sdk)
    base = decls["types.go_params.GoParamsBase"]
    assert isinstance(base, ir.ParamsDecl) and [f.wire_name for f in base.fields] == ["prompt"]
    streaming = decls["types.go_params.GoParamsStreaming"]
    assert isinstance(streaming, ir.ParamsDecl)
    assert streaming.bases == (ir.TypeId("types.go_params", "GoParamsBase"),)
    assert streaming.fields == (ir.Field("stream", "stream", ir.LiteralType((True,)), True),)
    non_streaming = decls["types.go_params.GoParamsNonStreaming"]
    assert isinstance(non_streaming, ir.ParamsDecl)
    assert non_streaming.fields == (ir.Field("stream", "stream", ir.LiteralType((False,)), False),)
    alias = decls["types.go_params.GoParams"]
    assert isinstance(alias, ir.AliasDecl)
    assert alias.target == ir.UnionType(
        (named("types.go_params", "GoParamsNonStreaming"), named("types.go_params", "GoParamsStreaming"))
    )


def test_operation_and_overlay_descriptions_become_docs() -> None:
    schemas = {"T": {**obj(("a",), a={"type": "string", "description": "The a."}), "description": "A T."}}
    document = spec({"/t": {"get": {"description": "Get a T.", "responses": ok("T")}}}, schemas)
    sdk = build(document, one_method_sdk("get /t"))
    assert method(sdk, "things.call").doc == "Get a T."
    decl = declarations(sdk)["types.t.T"]
    assert isinstance(decl, ir.ModelDecl) and decl.doc == "A T."
    assert fields(decl)["a"].doc == "The a."


# --------------------------------------------------------------------------------------
# Configuration errors found while building


def diagnostics(excinfo: pytest.ExceptionInfo[GeneratorError]) -> list[tuple[str, str, str]]:
    return [(d.file, d.pointer, d.message) for d in excinfo.value.diagnostics]


def test_a_types_yaml_entry_for_a_schema_the_spec_lacks_is_a_warning() -> None:
    document = spec({}, {"Known": obj(("a",), a={"type": "string"})})
    warnings = build_warnings(document, sdk_config(), {"types": {"Knwon": {"model": "types.known.Known"}}})
    assert warnings == [
        (
            TYPES_FILE,
            "/types/Knwon",
            "'#/components/schemas/Knwon' is not in the spec (any more): this naming is not used",
        )
    ]


def test_a_types_yaml_pointer_the_spec_lacks_is_a_warning() -> None:
    document = spec({}, {"Known": obj(("a",), a={"type": "string"})})
    key = "#/components/schemas/Known/properties/b"
    ((file, pointer, message),) = build_warnings(document, sdk_config(), {"types": {key: {"model": "types.known.B"}}})
    assert (file, pointer) == (TYPES_FILE, "/types/#~1components~1schemas~1Known~1properties~1b")
    assert key in message


def test_name_collision_between_two_configured_types_names_both_schemas() -> None:
    schemas = {"A": obj(("a",), a={"type": "string"}), "B": obj(("b",), b={"type": "string"})}
    types = {"types": {"A": {"model": "types.thing.Thing"}, "B": {"model": "types.thing.Thing"}}}
    with pytest.raises(GeneratorError) as excinfo:
        build(spec({}, schemas), sdk_config(), types)
    ((file, pointer, message),) = diagnostics(excinfo)
    assert file == TYPES_FILE
    assert pointer in ("/types/A", "/types/B")
    assert "name collision" in message and "types.thing.Thing" in message
    assert "#/components/schemas/A" in message and "#/components/schemas/B" in message


def test_name_collision_between_default_names_names_both_schemas() -> None:
    # `Foo_Bar` and `FooBar` both become `types.foo_bar.FooBar`.
    schemas = {
        "Foo_Bar": obj(("a",), a={"type": "string"}),
        "FooBar": obj(("b",), b={"type": "string"}),
        "Both": obj(("x", "y"), x=ref("Foo_Bar"), y=ref("FooBar")),
    }
    document = spec({"/both": {"get": {"responses": ok("Both")}}}, schemas)
    with pytest.raises(GeneratorError) as excinfo:
        build(document, one_method_sdk("get /both"))
    ((file, _, message),) = diagnostics(excinfo)
    assert file == TYPES_FILE
    assert "types.foo_bar.FooBar" in message
    assert "#/components/schemas/Foo_Bar" in message and "#/components/schemas/FooBar" in message


def test_name_collision_with_a_params_type() -> None:
    schemas = {"Other": obj(("a",), a={"type": "string"})}
    document = spec(
        {"/t": {"post": {"requestBody": json_body(obj(("x",), x={"type": "string"})), "responses": ok()}}}, schemas
    )
    sdk_yaml = one_method_sdk("post /t", params_type="types.other.Other")
    with pytest.raises(GeneratorError) as excinfo:
        build(document, sdk_yaml, {"types": {"Other": {"param": "types.other.Other"}}})
    messages = " ".join(m for _, _, m in diagnostics(excinfo))
    assert "collision" in messages and "types.other.Other" in messages


def test_unknown_operation_and_duplicate_operation() -> None:
    document = spec({"/t": {"get": {"responses": ok()}}})
    sdk_yaml = sdk_config(
        {
            "things": resource(
                "resources.things",
                "Things",
                a={"operation": "get /t"},
                b={"operation": "get /t"},
                c={"operation": "post /t"},
            )
        }
    )
    with pytest.raises(GeneratorError) as excinfo:
        build(document, sdk_yaml)
    assert diagnostics(excinfo) == [
        (
            "overlays/sdk.yaml",
            "/resources/things/methods/b/operation",
            "operation 'get /t' is already used by /resources/things/methods/a",
        ),
        # An operation the spec lacks (it changed) is a warning: the method is left out.
        (
            "overlays/sdk.yaml",
            "/resources/things/methods/c/operation",
            "no operation 'post /t' in the spec: the method is left out",
        ),
    ]


def test_unknown_streaming_event() -> None:
    document = spec(
        {"/go": {"post": {"requestBody": json_body(ref("Create")), "responses": ok("Reply")}}}, STREAM_SCHEMAS
    )
    with pytest.raises(GeneratorError) as excinfo:
        build(document, one_method_sdk("post /go", streaming={"param": "stream", "event": "Evnt"}))
    assert diagnostics(excinfo) == [
        ("overlays/sdk.yaml", "/resources/things/methods/call/streaming/event", "unknown schema 'Evnt'")
    ]


def test_overlay_module_that_does_not_exist(tmp_path: Any) -> None:
    from generator.build import build_sdk

    from .helpers import configuration

    config = configuration(
        sdk_config(overlay_modules=[{"source": "modules/none", "target": "lib"}]), overlays_dir=str(tmp_path)
    )
    with pytest.raises(GeneratorError) as excinfo:
        build_sdk(spec(), config, "spec.yaml")
    ((file, pointer, message),) = diagnostics(excinfo)
    assert (file, pointer) == ("overlays/sdk.yaml", "/overlay_modules/0/source")
    assert message.startswith("no such file or directory")


# --------------------------------------------------------------------------------------
# Packages and settings


def test_packages_resources_and_settings() -> None:
    document = spec({"/t": {"get": {"responses": ok("T")}}}, {"T": obj(("a",), a={"type": "string"})})
    sdk_yaml = sdk_config(
        {
            "outer": {
                "class_name": "Outer",
                "module": "resources.outer.outer",
                "children": {"inner": resource("resources.outer.inner", "Inner", get={"operation": "get /t"})},
            }
        },
        exports=[{"module": "_client", "names": ["Client"]}],
    )
    sdk = build(document, sdk_yaml)
    assert sdk.package.name == "pkg"
    assert sdk.client.sync_class == "Client" and sdk.client.max_retries == 2
    assert sdk.exports == [ir.Export("Client", "_client", "Client")]
    (outer,) = sdk.resources
    assert (outer.attr, outer.class_name, [c.attr for c in outer.children]) == ("outer", "Outer", ["inner"])
    packages = {p.package: p.exports for p in sdk.resource_packages}
    assert ("resources.outer.outer", "Outer") in packages["resources"]
    assert ("resources.outer.inner", "AsyncInnerWithStreamingResponse") in packages["resources.outer"]
    type_packages = {p.package: p.exports for p in sdk.type_packages}
    # A schema types.yaml does not name lives next to the params of the resource using it.
    assert ir.TypeId("types.outer.t", "T") in type_packages["types.outer"]


def test_a_name_collision_is_reported_once() -> None:
    # The colliding schema is reached twice (through a $ref and as a configured type).
    schemas = {"A": obj(("b",), b=ref("B")), "B": obj(("x",), x={"type": "string"})}
    types = {"types": {"A": {"model": "types.thing.Thing"}, "B": {"model": "types.thing.Thing"}}}
    document = spec({"/a": {"get": {"responses": ok("A")}}}, schemas)
    with pytest.raises(GeneratorError) as excinfo:
        build(document, one_method_sdk("get /a"), types)
    assert len(diagnostics(excinfo)) == 1, diagnostics(excinfo)


# --------------------------------------------------------------------------------------
# Degradations are warnings (file, pointer, reason), never silence


def test_schema_forms_read_as_any_are_warnings() -> None:
    holder = obj(
        (),
        merged={"allOf": [{"type": "object"}, {"type": "object"}]},
        negated={"not": {"type": "string"}},
        odd_type={"type": "decimal"},
        anything={"description": "any JSON value"},
        also_anything=True,
    )
    document = spec({"/h": {"get": {"responses": ok("Holder")}}}, {"Holder": holder})
    warnings = build_warnings(document, one_method_sdk("get /h"))
    where = "#/components/schemas/Holder/properties"
    assert warnings == [
        ("spec.yaml", f"{where}/merged", "allOf with 2 schemas is not supported: typed as Any"),
        ("spec.yaml", f"{where}/negated", "`not` schemas are not supported: typed as Any"),
        ("spec.yaml", f"{where}/odd_type", "a schema with type 'decimal' is not understood: typed as Any"),
    ]
    # A schema that admits any value *is* Any: no warning for `anything` and `also_anything`.
    assert fields(declarations(build(document, one_method_sdk("get /h")))["types.holder.Holder"])[
        "anything"
    ].type == ir.OptionalType(ir.AnyType())


def test_cookie_parameters_are_sent_and_unknown_locations_are_warnings() -> None:
    parameters = [
        {"name": "session", "in": "cookie", "required": True, "schema": {"type": "string"}},
        {"name": "odd", "in": "body-ish", "schema": {"type": "string"}},
    ]
    document = spec({"/t": {"get": {"parameters": parameters, "responses": ok()}}})
    (param,) = method(build(document, one_method_sdk("get /t")), "things.call").params
    assert (param.py_name, param.location, param.required) == ("session", "cookie", True)
    assert build_warnings(document, one_method_sdk("get /t")) == [
        ("spec.yaml", "#/paths/~1t/get/parameters/1", "a parameter in 'body-ish' is not supported: 'odd' is left out")
    ]


def test_ignored_media_types_and_success_codes_are_warnings() -> None:
    block = {"schema": {"$ref": "#/components/schemas/Block"}}
    responses = {
        "200": {"description": "", "content": {"application/xml": block, "application/json": block}},
        "201": {"description": "", "content": {"application/json": {"schema": {"type": "string"}}}},
        "204": {"description": ""},
    }
    body = {
        "content": {"application/json": {"schema": {"type": "object"}}, "text/plain": {"schema": {"type": "string"}}}
    }
    document = spec({"/t": {"post": {"requestBody": body, "responses": responses}}}, {"Block": SCHEMAS["Block"]})
    call = method(build(document, one_method_sdk("post /t")), "things.call")
    assert call.response == ir.ModelResponse(named("types.block", "Block"))  # JSON of the 200 answer
    assert sorted(build_warnings(document, one_method_sdk("post /t"))) == [
        (
            "spec.yaml",
            "#/paths/~1t/post/requestBody/content",
            "the body is sent as application/json; its other media type(s) text/plain are not offered",
        ),
        (
            "spec.yaml",
            "#/paths/~1t/post/responses/200/content",
            "the answer is read as application/json; its other media type(s) application/xml are not",
        ),
        (
            "spec.yaml",
            "#/paths/~1t/post/responses/201",
            "another success response (201) with another body: only 200 is read",
        ),
    ]


def test_every_operation_gets_a_method_or_is_skipped_with_its_reason() -> None:
    document = spec(
        {"/t": {"get": {"responses": ok()}, "post": {"responses": ok()}}, "/u": {"get": {"responses": ok()}}}
    )
    sdk_yaml = {**one_method_sdk("get /t"), "skipped_operations": {"get /u": "served elsewhere", "get /gone": "old"}}
    sink = DiagnosticSink()
    build_sdk(document, configuration(sdk_yaml, None), "spec.yaml", sink)
    assert sorted((d.severity, d.pointer, d.message) for d in sink.diagnostics) == [
        # An operation sdk.yaml does not place is placed by the inference rules (a note).
        (Severity.NOTE, "#/paths/~1t/post", "'post /t' is client.t.create (inferred)"),
        (Severity.NOTE, "/skipped_operations/get ~1u", "'get /u' gets no method, by configuration: served elsewhere"),
        (
            Severity.WARNING,
            "/skipped_operations/get ~1gone",
            "'get /gone' is not in the spec any more (skipped because: old)",
        ),
    ]
