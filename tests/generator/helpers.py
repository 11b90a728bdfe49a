"""Small builders shared by the generator's unit tests: hand-written specs and
configurations, YAML files in a temporary directory, and tree snapshots."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from generator import ir
from generator.build import build_sdk
from generator.config import Configuration, SDKConfig, TypesConfig
from generator.diagnostics import DiagnosticSink

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
GOLDEN_FIXTURE = ROOT / "tests" / "golden" / "fixture"
GOLDEN_SPEC = GOLDEN_FIXTURE / "spec" / "golden.openapi.yaml"
GOLDEN_OVERLAYS = GOLDEN_FIXTURE / "overlays"

SDK_FILE = "overlays/sdk.yaml"
TYPES_FILE = "overlays/types.yaml"


def write_yaml(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def spec(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """A minimal valid OpenAPI 3.1 document."""
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Test API", "version": "1"},
        "paths": copy.deepcopy(paths or {}),
    }
    if schemas is not None:
        document["components"] = {"schemas": copy.deepcopy(schemas)}
    return document


def ok(schema_ref: str | None = None, media_type: str = "application/json") -> dict[str, Any]:
    """A `responses` object with one 200 response (of the given component, if any)."""
    response: dict[str, Any] = {"description": ""}
    if schema_ref is not None:
        response["content"] = {media_type: {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}
    return {"200": response}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def sdk_config(
    resources: dict[str, Any] | None = None,
    pagination: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A minimal valid sdk.yaml as a dict."""
    config: dict[str, Any] = {
        "package": {"name": "pkg", "distribution": "pkg", "version": "1.0.0", "title": "pkg", "summary": "Test."},
        "client": {
            "sync_class": "Client",
            "async_class": "AsyncClient",
            "base_url": {"default": "https://api.example.com", "env": "PKG_BASE_URL"},
            "credentials": [{"param": "api_key", "env": "PKG_API_KEY", "header": "X-Api-Key"}],
            "log_env": "PKG_LOG",
            "timeout": {"default": 60, "connect": 5},
            "retries": {"max_retries": 2, "initial_delay": 0.5, "max_delay": 8},
            "error_base": "PkgError",
            "user_agent_prefix": "Pkg/Python",
            "client_parameters": ["x-api-key"],
        },
        "resources": copy.deepcopy(resources or {}),
    }
    if pagination is not None:
        config["pagination"] = copy.deepcopy(pagination)
    config.update(copy.deepcopy(extra))
    return config


def resource(module: str, class_name: str, **methods: Any) -> dict[str, Any]:
    return {"class_name": class_name, "module": module, "methods": methods}


def configuration(
    sdk: dict[str, Any], types: dict[str, Any] | None = None, overlays_dir: str = "overlays"
) -> Configuration:
    return Configuration(
        sdk=SDKConfig.model_validate(sdk),
        types=TypesConfig.model_validate(types or {}),
        sdk_file=SDK_FILE,
        types_file=TYPES_FILE,
        overlays_dir=overlays_dir,
    )


def build(document: dict[str, Any], sdk: dict[str, Any], types: dict[str, Any] | None = None) -> ir.SDK:
    return build_sdk(document, configuration(sdk, types), "spec.yaml")


def build_warnings(
    document: dict[str, Any], sdk: dict[str, Any], types: dict[str, Any] | None = None
) -> list[tuple[str, str, str]]:
    """The (file, pointer, message) of every warning building the IR gives."""
    sink = DiagnosticSink()
    build_sdk(document, configuration(sdk, types), "spec.yaml", sink)
    return [(d.file, d.pointer, d.message) for d in sink.warnings]


def declarations(sdk: ir.SDK) -> dict[str, ir.Declaration]:
    """Every declaration by its qualified name (`types.message.Message`)."""
    return {str(d.id): d for m in sdk.type_modules for d in m.declarations}


def method(sdk: ir.SDK, path: str) -> ir.Method:
    """`"models.list"` -> the `list` method of the `models` resource (children by dots)."""
    *attrs, name = path.split(".")
    resources = sdk.resources
    found: ir.Resource | None = None
    for attr in attrs:
        found = next(r for r in resources if r.attr == attr)
        resources = found.children
    assert found is not None
    return next(m for m in found.methods if m.name == name)


def fields(decl: ir.Declaration) -> dict[str, ir.Field]:
    assert isinstance(decl, (ir.ModelDecl, ir.ParamsDecl)), decl
    return {f.wire_name: f for f in decl.fields}


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its bytes (empty when `root` does not exist)."""
    if not root.exists():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def empty_runtime(directory: Path) -> Path:
    """A runtime core with no modules: the generated tree then holds only the files derived
    from the IR (and the overlay), which is what the generator tests look at."""
    directory.mkdir(parents=True, exist_ok=True)
    return directory
