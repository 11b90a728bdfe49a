"""The resource-tree inference rules, on small hand-made specs."""

from __future__ import annotations

from typing import Any

from generator.build.infer import TreeInference, singular, type_homes
from generator.config import Configuration, SDKConfig, TypesConfig
from generator.diagnostics import DiagnosticSink

OK = {"200": {"description": "", "content": {"application/json": {"schema": {"type": "object"}}}}}


def _page(*fields: str) -> dict[str, Any]:
    props = {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}
    props.update({f: {"type": "string"} for f in fields})
    return {
        "200": {"description": "", "content": {"application/json": {"schema": {"type": "object", "properties": props}}}}
    }


def _config(**sdk: Any) -> Configuration:
    base = {
        "package": {"name": "pkg", "distribution": "pkg", "version": "1", "title": "t", "summary": "s"},
        "client": {
            "sync_class": "C", "async_class": "AC", "base_url": {"default": "http://x", "env": "X_URL"},
            "credentials": [], "log_env": "X_LOG", "timeout": {"default": 1, "connect": 1},
            "retries": {"max_retries": 0, "initial_delay": 0.1, "max_delay": 1}, "error_base": "E",
            "user_agent_prefix": "x",
        },
        "pagination": {
            "Page": {"kind": "id", "items": "data", "next_param": "after_id", "first_id": "first_id", "last_id": "last_id"},
            "Cursor": {"kind": "cursor", "items": "data", "next_param": "page", "next_field": "next_page"},
        },
    }  # fmt: skip
    base.update(sdk)
    return Configuration(
        sdk=SDKConfig.model_validate(base), types=TypesConfig(), sdk_file="sdk.yaml", types_file="t", overlays_dir="o"
    )


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": paths,
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}},
    }


def _place(paths: dict[str, Any], **sdk: Any) -> tuple[dict[str, tuple[tuple[str, ...], str]], Any, DiagnosticSink]:
    sink = DiagnosticSink()
    placement = TreeInference(_spec(paths), _config(**sdk), "spec.yaml", sink).place()
    return placement.methods, placement, sink


def _q(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}}


def test_collections_items_actions_and_sub_resources() -> None:
    paths = {
        "/v2/gardens": {"get": {"responses": _page("first_id", "last_id"), "parameters": [_q("after_id")]},
                        "post": {"responses": OK, "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}},
        "/v2/gardens/{garden_id}": {"get": {"responses": OK}, "post": {"responses": OK}, "delete": {"responses": OK}},
        "/v2/gardens/{garden_id}/archive": {"post": {"responses": OK, "operationId": "ArchiveGarden"}},
        "/v2/gardens/{garden_id}/beds/{bed_id}": {"get": {"responses": OK}},
        "/v2/gardens/{garden_id}/beds": {"get": {"responses": _page("next_page"), "parameters": [_q("page")]}},
        "/v2/gardens/{garden_id}/visits": {"get": {"responses": _page("next_page"), "parameters": [_q("page")]}},
        "/v2/gardens/{garden_id}/events": {"post": {"responses": OK, "operationId": "SendGardenEvents"}},
        "/v2/gardens/{garden_id}/events/stream": {"get": {"responses": {"200": {"description": "", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
        "/v2/gardens/{garden_id}/enrollment_url": {"post": {"responses": OK, "operationId": "CreateEnrollmentUrl"}},
        "/v2/gardens/stats": {"get": {"responses": OK}},
        "/v2/gardens/{garden_id}/photo": {"get": {"responses": {"200": {"description": "", "content": {"image/png": {}}}}}},
        "/v2/gardens/search": {"get": {"responses": _page("next_page"), "parameters": [_q("page")]}},
    }  # fmt: skip
    methods, placement, sink = _place(paths)
    by_path = {f"{'.'.join(chain)}.{name}": key for key, (chain, name) in methods.items()}
    assert set(by_path) == {
        "gardens.list", "gardens.create", "gardens.retrieve", "gardens.update", "gardens.delete",
        "gardens.archive", "gardens.beds.retrieve", "gardens.beds.list", "gardens.visits.list",
        "gardens.events.send", "gardens.events.stream", "gardens.create_enrollment_url", "gardens.stats",
        "gardens.photo", "gardens.search",
    }  # fmt: skip
    assert not sink.warnings
    gardens = placement.resources["gardens"]
    assert gardens.module == "resources.gardens.gardens" and gardens.class_name == "Gardens"
    assert gardens.children["beds"].module == "resources.gardens.beds"
    assert gardens.methods["list"].page == "Page" and gardens.children["beds"].methods["list"].page == "Cursor"
    # A collection with a single GET answering a page is a resource (`visits.list`), not a method.
    assert gardens.children["visits"].methods["list"].page == "Cursor"
    stream = gardens.children["events"].methods["stream"].streaming
    assert stream is not None and stream.param is None and stream.event == "#/components/schemas/Thing"
    assert gardens.methods["photo"].binary
    # A paged query of a collection is a method of it, paged.
    assert gardens.methods["search"].page == "Cursor"
    create = gardens.methods["create"]
    assert create.params_type == "types.garden_create_params.GardenCreateParams"
    assert gardens.children["beds"].methods["list"].params_type == "types.gardens.bed_list_params.BedListParams"
    assert gardens.methods["retrieve"].params_type is None  # no query or body parameters


def test_a_query_marker_group_and_configured_operations_win() -> None:
    paths = {
        "/v1/things?preview=true": {"get": {"responses": OK}, "post": {"responses": OK}},
        "/v1/things": {"get": {"responses": OK}},
        "/v1/other?unknown=1": {"get": {"responses": OK}},
    }
    configured = {"things": {"class_name": "Things", "module": "resources.things", "methods": {
        "all": {"operation": "get /v1/things"}}}}  # fmt: skip
    methods, placement, sink = _place(paths, inference={"groups": {"preview=true": "preview"}}, resources=configured)
    assert methods["get /v1/things"] == (("things",), "all")
    assert methods["get /v1/things?preview=true"] == (("preview", "things"), "list")
    assert methods["post /v1/things?preview=true"] == (("preview", "things"), "create")
    assert "get /v1/other?unknown=1" not in methods
    assert [w.message for w in sink.warnings] == [
        "'get /v1/other?unknown=1' gets no method: its path names no resource to place it in"
    ]
    assert placement.resources["preview"].module == "resources.preview.preview"


def test_a_name_taken_twice_is_a_warning_and_a_distinct_name() -> None:
    paths = {"/v1/things/{id}": {"post": {"responses": OK}, "put": {"responses": OK}}}
    methods, _, sink = _place(paths)
    assert sorted(name for _, name in methods.values()) == ["update", "update_put"]
    assert "already is: it becomes update_put" in sink.warnings[0].message


def test_streaming_switched_by_a_boolean_body_property() -> None:
    body = {
        "content": {"application/json": {"schema": {"type": "object", "properties": {"stream": {"type": "boolean"}}}}}
    }
    events = {"200": {"description": "", "content": {
        "application/json": {"schema": {"type": "object"}},
        "text/event-stream": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}  # fmt: skip
    _, placement, _ = _place({"/v1/chats": {"post": {"responses": events, "requestBody": body}}})
    streaming = placement.resources["chats"].methods["create"].streaming
    assert streaming is not None and streaming.param == "stream"


def test_types_live_next_to_the_resources_using_them() -> None:
    spec = _spec({
        "/v1/gardens/{id}/beds/{bed_id}": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Bed"}}}}}}},
        "/v1/gardens/{id}/plots/{plot_id}": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plot"}}}}}}},
    })  # fmt: skip
    spec["components"]["schemas"].update(
        {
            "Bed": {"type": "object", "properties": {"soil": {"$ref": "#/components/schemas/Soil"}}},
            "Plot": {"type": "object", "properties": {"soil": {"$ref": "#/components/schemas/Soil"}}},
            "Soil": {"type": "object"},
        }
    )
    placement = TreeInference(spec, _config(), "spec.yaml", DiagnosticSink()).place()
    homes = type_homes(spec, placement)
    assert homes["#/components/schemas/Bed"] == "types.gardens"
    assert homes["#/components/schemas/Soil"] == "types.gardens"
    spec["paths"]["/v1/soils"] = {"get": {"responses": {"200": {"description": "", "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/Soil"}}}}}}}  # fmt: skip
    placement = TreeInference(spec, _config(), "spec.yaml", DiagnosticSink()).place()
    assert type_homes(spec, placement)["#/components/schemas/Soil"] == "types"


def test_singular() -> None:
    assert [singular(w) for w in ("memories", "batches", "credentials", "status", "boxes", "data")] == [
        "memory", "batch", "credential", "status", "box", "data",
    ]  # fmt: skip
