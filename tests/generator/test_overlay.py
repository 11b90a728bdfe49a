"""Stage 2: OpenAPI Overlay 1.0 documents (JSONPath targets, update and remove)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import DiagnosticSink, GeneratorError, Severity
from generator.overlay import Action, apply_overlays, load_overlay_documents, merge

from .helpers import write_yaml

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a": {"get": {"operationId": "get_a", "responses": {"200": {"description": ""}}}},
        "/b": {"post": {"operationId": "post_b", "responses": {"200": {"description": ""}}}},
    },
    "components": {
        "schemas": {
            "Usage": {
                "type": "object",
                "required": ["input", "speed", "output"],
                "properties": {"input": {"type": "integer"}, "output": {"type": "integer"}},
            },
            "Kind": {"type": "string", "enum": ["a", "b"]},
        }
    },
}


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "test", "version": "1.0.0"}, "actions": list(actions)}


def apply(*actions: dict[str, Any], document: dict[str, Any] = DOCUMENT, tmp_path: Path) -> dict[str, Any]:
    write_yaml(tmp_path / "overlays" / "10-test.yaml", overlay(*actions))
    return apply_overlays(document, load_overlay_documents(tmp_path / "overlays"))


def errors(excinfo: pytest.ExceptionInfo[GeneratorError]) -> list[tuple[str, str, str]]:
    return [(d.file, d.pointer, d.message) for d in excinfo.value.diagnostics]


# --------------------------------------------------------------------------------------
# update


def test_update_merges_into_a_mapping(tmp_path: Path) -> None:
    result = apply(
        {
            "target": "$.components.schemas.Usage",
            "update": {"description": "Billing.", "properties": {"input": {"minimum": 0}}},
        },
        tmp_path=tmp_path,
    )
    usage = result["components"]["schemas"]["Usage"]
    assert usage["description"] == "Billing."
    # Recursive: existing keys stay, new ones are added.
    assert usage["properties"]["input"] == {"type": "integer", "minimum": 0}
    assert usage["properties"]["output"] == {"type": "integer"}
    assert usage["type"] == "object"


def test_update_replaces_scalars(tmp_path: Path) -> None:
    result = apply(
        {"target": "$.info", "update": {"version": "2"}},
        {"target": "$.components.schemas.Kind.type", "update": "integer"},
        tmp_path=tmp_path,
    )
    assert result["info"]["version"] == "2"
    assert result["components"]["schemas"]["Kind"]["type"] == "integer"


def test_update_of_a_list_target_appends_the_entry(tmp_path: Path) -> None:
    result = apply({"target": "$.components.schemas.Kind.enum", "update": "c"}, tmp_path=tmp_path)
    assert result["components"]["schemas"]["Kind"]["enum"] == ["a", "b", "c"]
    # An object entry is appended as one entry too.
    result = apply({"target": "$.components.schemas.Usage.required", "update": {"x": 1}}, tmp_path=tmp_path)
    assert result["components"]["schemas"]["Usage"]["required"][-1] == {"x": 1}


def test_update_merging_a_list_property_appends_its_items(tmp_path: Path) -> None:
    result = apply({"target": "$.components.schemas.Kind", "update": {"enum": ["c", "d"]}}, tmp_path=tmp_path)
    assert result["components"]["schemas"]["Kind"]["enum"] == ["a", "b", "c", "d"]


def test_update_of_an_object_with_a_non_mapping_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as excinfo:
        apply({"target": "$.components.schemas.Usage", "update": "just a string"}, tmp_path=tmp_path)
    ((file, pointer, message),) = errors(excinfo)
    assert (file, pointer) == (str(tmp_path / "overlays" / "10-test.yaml"), "/actions/0/update")
    assert "mapping" in message


def test_update_of_the_root(tmp_path: Path) -> None:
    result = apply({"target": "$", "update": {"x-root": True}}, tmp_path=tmp_path)
    assert result["x-root"] is True and result["openapi"] == "3.1.0"


def test_update_applies_to_every_match(tmp_path: Path) -> None:
    result = apply({"target": "$.paths.*.*", "update": {"x-tag": "all"}}, tmp_path=tmp_path)
    assert result["paths"]["/a"]["get"]["x-tag"] == "all"
    assert result["paths"]["/b"]["post"]["x-tag"] == "all"


def test_update_values_are_copied_not_shared(tmp_path: Path) -> None:
    result = apply({"target": "$.paths.*.*", "update": {"x-list": [1]}}, tmp_path=tmp_path)
    result["paths"]["/a"]["get"]["x-list"].append(2)
    assert result["paths"]["/b"]["post"]["x-list"] == [1]


def test_filter_selectors(tmp_path: Path) -> None:
    result = apply(
        {"target": "$.paths['/a'][?@.operationId == 'get_a']", "update": {"description": "Get A."}},
        {"target": "$.components.schemas[?@.type == 'string']", "update": {"x-kind": True}},
        tmp_path=tmp_path,
    )
    assert result["paths"]["/a"]["get"]["description"] == "Get A."
    assert "description" not in result["paths"]["/b"]["post"]
    assert result["components"]["schemas"]["Kind"]["x-kind"] is True
    assert "x-kind" not in result["components"]["schemas"]["Usage"]


# --------------------------------------------------------------------------------------
# remove


def test_remove_a_mapping_entry(tmp_path: Path) -> None:
    result = apply({"target": "$.paths['/b']", "remove": True}, tmp_path=tmp_path)
    assert list(result["paths"]) == ["/a"]


def test_remove_list_items_with_a_filter(tmp_path: Path) -> None:
    result = apply({"target": "$.components.schemas.Usage.required[?@ == 'speed']", "remove": True}, tmp_path=tmp_path)
    assert result["components"]["schemas"]["Usage"]["required"] == ["input", "output"]


def test_remove_several_list_items_keeps_the_right_ones(tmp_path: Path) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["x-list"] = ["a", "x", "b", "x", "c", "x"]
    result = apply({"target": "$['x-list'][?@ == 'x']", "remove": True}, document=document, tmp_path=tmp_path)
    assert result["x-list"] == ["a", "b", "c"]


def test_remove_the_root_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as excinfo:
        apply({"target": "$", "remove": True}, tmp_path=tmp_path)
    ((_, pointer, message),) = errors(excinfo)
    assert pointer == "/actions/0"
    assert "root" in message


def test_the_input_document_is_left_untouched(tmp_path: Path) -> None:
    before = copy.deepcopy(DOCUMENT)
    apply(
        {"target": "$.components.schemas.Usage", "update": {"description": "x"}},
        {"target": "$.paths['/b']", "remove": True},
        tmp_path=tmp_path,
    )
    assert before == DOCUMENT


def test_actions_apply_in_order_and_files_in_name_order(tmp_path: Path) -> None:
    directory = tmp_path / "overlays"
    # 20 renames what 10 added; the second action of 10 sees its first action's result.
    write_yaml(
        directory / "20-second.yaml",
        overlay({"target": "$.components.schemas.Kind['x-step']", "update": "second"}),
    )
    write_yaml(
        directory / "10-first.yaml",
        overlay(
            {"target": "$.components.schemas.Kind", "update": {"x-step": "first"}},
            {"target": "$.components.schemas.Kind['x-step']", "update": "first-again"},
        ),
    )
    (directory / "notes.txt").write_text("not an overlay", encoding="utf-8")
    actions = load_overlay_documents(directory)
    assert [(Path(a.file).name, a.index) for a in actions] == [
        ("10-first.yaml", 0),
        ("10-first.yaml", 1),
        ("20-second.yaml", 0),
    ]
    assert apply_overlays(DOCUMENT, actions)["components"]["schemas"]["Kind"]["x-step"] == "second"


def test_no_overlay_directory_means_no_actions(tmp_path: Path) -> None:
    assert load_overlay_documents(tmp_path / "absent") == []


# --------------------------------------------------------------------------------------
# errors


MATCHING_NOTHING = (
    {"target": "$.info", "update": {"x": 1}},
    {"target": "$.components.schemas.Nope", "update": {"description": "x"}},
    {"target": "$.paths['/a'].get.parameters[?@.name == 'q']", "remove": True},
    {"target": "$.components.schemas.Later", "update": {"description": "x"}, "x-optional": True},
)


def test_a_target_matching_nothing_is_a_warning_naming_the_file_and_action(tmp_path: Path) -> None:
    write_yaml(tmp_path / "overlays" / "10-test.yaml", overlay(*MATCHING_NOTHING))
    sink = DiagnosticSink()
    patched = apply_overlays(DOCUMENT, load_overlay_documents(tmp_path / "overlays"), sink)
    assert patched["info"]["x"] == 1  # the other actions still apply
    file = str(tmp_path / "overlays" / "10-test.yaml")
    # Every such action is reported, not just the first; an `x-optional` one is not.
    assert [(d.file, d.pointer, d.message, d.severity) for d in sink.diagnostics] == [
        (
            file,
            "/actions/1",
            "target '$.components.schemas.Nope' matches nothing in the spec (the action is not applied)",
            Severity.WARNING,
        ),
        (
            file,
            "/actions/2",
            "target '$.paths['/a'].get.parameters[?@.name == 'q']' matches nothing in the spec (the action is not applied)",
            Severity.WARNING,
        ),
    ]
    assert str(sink.diagnostics[0]).startswith(f"{file}#/actions/1: warning: target")


def test_without_a_sink_a_target_matching_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as excinfo:
        apply(*MATCHING_NOTHING, tmp_path=tmp_path)
    assert [pointer for _, pointer, _ in errors(excinfo)] == ["/actions/1", "/actions/2"]


def test_invalid_jsonpath_names_the_target(tmp_path: Path) -> None:
    write_yaml(
        tmp_path / "o" / "a.yaml",
        overlay({"target": "$.paths[", "update": {}}, {"target": "paths.a", "update": {}}),
    )
    with pytest.raises(GeneratorError) as excinfo:
        load_overlay_documents(tmp_path / "o")
    found = errors(excinfo)
    assert [(p, m.split(":")[0]) for _, p, m in found] == [
        ("/actions/0/target", "invalid JSONPath '$.paths['"),
        ("/actions/1/target", "invalid JSONPath 'paths.a'"),
    ]
    assert all(f == str(tmp_path / "o" / "a.yaml") for f, _, _ in found)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (["a", "list"], [("", "an overlay document must be a mapping")]),
        (
            {"info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]},
            [("/overlay", "expected 'overlay: 1.0.0' (OpenAPI Overlay 1.0)")],
        ),
        (
            {"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]},
            [("/overlay", "expected 'overlay: 1.0.0' (OpenAPI Overlay 1.0)")],
        ),
        (
            {"overlay": "1.0.0", "info": {"title": "t"}, "actions": [{"target": "$", "update": {}}]},
            [("/info", "an overlay needs 'info' with 'title' and 'version'")],
        ),
        (
            {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []},
            [("/actions", "an overlay needs a non-empty list of actions")],
        ),
        (
            {
                "overlay": "1.0.0",
                "info": {"title": "t", "version": "1"},
                "actions": [
                    {"update": {}},
                    "not a mapping",
                    {"target": "$"},
                    {"target": "$", "update": {}, "remove": True},
                    {"target": "$", "update": {}, "extra": 1, "x-ok": 2},
                    {"target": "$", "update": {}, "description": "fine", "x-fine": 1},
                ],
            },
            [
                ("/actions/0", "an action needs a 'target' JSONPath string"),
                ("/actions/1", "an action needs a 'target' JSONPath string"),
                ("/actions/2", "an action needs 'update' or 'remove: true'"),
                ("/actions/3", "an action cannot both 'update' and 'remove'"),
                ("/actions/4", "unknown action field(s): extra"),
            ],
        ),
    ],
)
def test_malformed_overlay_documents(tmp_path: Path, document: Any, expected: list[tuple[str, str]]) -> None:
    path = write_yaml(tmp_path / "o" / "bad.yaml", document)
    with pytest.raises(GeneratorError) as excinfo:
        load_overlay_documents(tmp_path / "o")
    assert errors(excinfo) == [(str(path), pointer, message) for pointer, message in expected]


def test_yaml_syntax_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "o" / "bad.yaml"
    path.parent.mkdir()
    path.write_text("overlay: 1.0.0\nactions: [\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as excinfo:
        load_overlay_documents(tmp_path / "o")
    ((file, pointer, message),) = errors(excinfo)
    assert (file, pointer) == (str(path), "")
    assert message.startswith("not valid YAML")


def test_merge_semantics() -> None:
    assert merge({"a": {"b": 1}}, {"a": {"c": 2}}) == {"a": {"b": 1, "c": 2}}
    assert merge([1], 2) == [1, 2]
    assert merge("old", "new") == "new"
    assert merge({"a": 1}, {"a": {"b": 2}}) == {"a": {"b": 2}}


def test_action_pointer() -> None:
    assert Action("f.yaml", 3, "$").pointer == "/actions/3"
