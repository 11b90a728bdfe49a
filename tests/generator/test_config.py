"""sdk.yaml and types.yaml: validated, and every mistake names the file and the key path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import load_configuration
from generator.diagnostics import GeneratorError

from .helpers import resource, sdk_config, write_yaml


def load(tmp_path: Path, sdk: Any, types: Any = None) -> Any:
    write_yaml(tmp_path / "sdk.yaml", sdk)
    if types is not None:
        write_yaml(tmp_path / "types.yaml", types)
    return load_configuration(tmp_path)


def errors(excinfo: pytest.ExceptionInfo[GeneratorError]) -> list[tuple[str, str, str]]:
    return [(d.file, d.pointer, d.message) for d in excinfo.value.diagnostics]


def test_a_valid_configuration(tmp_path: Path) -> None:
    sdk = sdk_config({"models": resource("resources.models", "Models", list={"operation": "get /v1/models"})})
    config = load(tmp_path, sdk, {"types": {"Model": {"model": "types.model.Model"}}})
    assert config.sdk.package.name == "pkg"
    assert config.sdk.resources["models"].methods["list"].operation == "get /v1/models"
    assert config.types.types["Model"].model == "types.model.Model"
    assert (config.sdk_file, config.types_file) == (str(tmp_path / "sdk.yaml"), str(tmp_path / "types.yaml"))


def test_types_yaml_is_optional(tmp_path: Path) -> None:
    config = load(tmp_path, sdk_config())
    assert config.types.types == {}


def test_unknown_key_names_the_file_and_key_path(tmp_path: Path) -> None:
    sdk = sdk_config()
    sdk["client"]["retries"]["max_retry"] = 3
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk)
    assert errors(excinfo) == [
        (str(tmp_path / "sdk.yaml"), "/client/retries/max_retry", "Extra inputs are not permitted")
    ]


def test_wrong_type_names_the_file_and_key_path(tmp_path: Path) -> None:
    sdk = sdk_config()
    sdk["client"]["retries"]["max_retries"] = "two"
    sdk["client"]["timeout"]["default"] = [1]
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk)
    found = {pointer: message for _, pointer, message in errors(excinfo)}
    assert set(found) == {"/client/retries/max_retries", "/client/timeout/default"}
    assert "integer" in found["/client/retries/max_retries"]
    assert "number" in found["/client/timeout/default"]


def test_missing_key(tmp_path: Path) -> None:
    sdk = sdk_config()
    del sdk["package"]["version"]
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk)
    assert errors(excinfo) == [(str(tmp_path / "sdk.yaml"), "/package/version", "Field required")]


@pytest.mark.parametrize("operation", ["fetch /v1/models", "get v1/models", "get", "/v1/models"])
def test_bad_operation_string(tmp_path: Path, operation: str) -> None:
    sdk = sdk_config({"models": resource("resources.models", "Models", list={"operation": operation})})
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk)
    ((file, pointer, message),) = errors(excinfo)
    assert (file, pointer) == (str(tmp_path / "sdk.yaml"), "/resources/models/methods/list/operation")
    assert "must look like '<http method> <path>'" in message


def test_errors_in_nested_resources_have_the_full_path(tmp_path: Path) -> None:
    child = resource("resources.a.b", "B", go={"operation": "get /b", "page": 3})
    parent = resource("resources.a.a", "A")
    parent["children"] = {"b": child}
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk_config({"a": parent}))
    assert [p for _, p, _ in errors(excinfo)] == ["/resources/a/children/b/methods/go/page"]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    sdk = sdk_config()
    sdk["package"]["nmae"] = "typo"
    sdk["client"]["retries"]["max_retries"] = -1
    del sdk["client"]["log_env"]
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk)
    assert sorted(p for _, p, _ in errors(excinfo)) == [
        "/client/log_env",
        "/client/retries/max_retries",
        "/package/nmae",
    ]


def test_types_yaml_errors_name_types_yaml(tmp_path: Path) -> None:
    types = {"types": {"Message": {"model": "Message"}, "Usage": {"modle": "types.usage.Usage"}}}
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk_config(), types)
    found = errors(excinfo)
    assert {(f, p) for f, p, _ in found} == {
        (str(tmp_path / "types.yaml"), "/types/Message/model"),
        (str(tmp_path / "types.yaml"), "/types/Usage/modle"),
    }
    assert any("dotted module path" in m for _, _, m in found)


def test_keys_with_slashes_are_escaped_in_pointers(tmp_path: Path) -> None:
    types = {"types": {"#/components/schemas/A/properties/b": {"model": 1}}}
    with pytest.raises(GeneratorError) as excinfo:
        load(tmp_path, sdk_config(), types)
    assert [p for _, p, _ in errors(excinfo)] == ["/types/#~1components~1schemas~1A~1properties~1b/model"]


@pytest.mark.parametrize("content", ["- a\n- list\n", "just text\n", "key: [unclosed\n"])
def test_documents_that_are_not_mappings(tmp_path: Path, content: str) -> None:
    (tmp_path / "sdk.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(GeneratorError) as excinfo:
        load_configuration(tmp_path)
    ((file, pointer, message),) = errors(excinfo)
    assert (file, pointer) == (str(tmp_path / "sdk.yaml"), "")
    assert message in ("expected a mapping at the top level",) or message.startswith("not valid YAML")


def test_missing_sdk_yaml(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as excinfo:
        load_configuration(tmp_path)
    ((file, _, message),) = errors(excinfo)
    assert file == str(tmp_path / "sdk.yaml")
    assert message.startswith("cannot read file")
