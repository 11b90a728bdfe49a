"""Cross-check with datamodel-code-generator: Pydantic models it builds from the same
(patched) spec and our generated `anthropic.types` models must accept and reject the same
sample payloads.

Our models are validated with pydantic's own `model_validate` (lax mode), not through the
runtime's lenient fallback, so that "accepts" means what the schema says.
"""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest
import yaml

from generator.load import iter_refs, load_spec
from generator.overlay import apply_overlays, load_overlay_documents

from .helpers import ROOT

SPEC = ROOT / "spec" / "anthropic.openapi.yaml"
OVERLAYS = ROOT / "overlays"

# Schema name in the spec -> our generated model (module, class), as in the official SDK.
OURS = {
    "Message": ("anthropic.types.message", "Message"),
    "Usage": ("anthropic.types.usage", "Usage"),
    "ModelInfo": ("anthropic.types.model_info", "ModelInfo"),
    "MessageBatch": ("anthropic.types.messages.message_batch", "MessageBatch"),
}

USAGE = {
    "input_tokens": 10,
    "output_tokens": 20,
    "cache_creation_input_tokens": None,
    "cache_read_input_tokens": 0,
    "cache_creation": {"ephemeral_1h_input_tokens": 0, "ephemeral_5m_input_tokens": 0},
    "server_tool_use": None,
    "service_tier": "standard",
    "inference_geo": None,
}
MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [
        {"type": "text", "text": "Hello", "citations": None},
        {"type": "thinking", "thinking": "hm", "signature": "sig"},
        {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}},
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": USAGE,
}
MODEL_INFO = {
    "id": "claude-sonnet-4-5",
    "type": "model",
    "display_name": "Claude Sonnet 4.5",
    "created_at": "2025-09-29T00:00:00Z",
}
MESSAGE_BATCH = {
    "id": "msgbatch_1",
    "type": "message_batch",
    "processing_status": "ended",
    "request_counts": {"processing": 0, "succeeded": 2, "errored": 0, "canceled": 0, "expired": 0},
    "created_at": "2025-01-01T00:00:00Z",
    "expires_at": "2025-01-02T00:00:00Z",
    "ended_at": "2025-01-01T01:00:00Z",
    "archived_at": None,
    "cancel_initiated_at": None,
    "results_url": "https://api.anthropic.com/v1/messages/batches/msgbatch_1/results",
}


def changed(base: dict[str, Any], **updates: Any) -> dict[str, Any]:
    return {**base, **updates}


def without(base: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in base.items() if k != key}


# (schema, payload, valid?) -- both implementations must agree with the expectation.
SAMPLES: dict[str, tuple[str, Any, bool]] = {
    "message": ("Message", MESSAGE, True),
    "message-unknown-field": ("Message", changed(MESSAGE, container=None, something_new=1), True),
    "message-model-outside-the-enum": ("Message", changed(MESSAGE, model="claude-future-9"), True),
    "message-end-turn-no-content": ("Message", changed(MESSAGE, content=[], stop_reason="end_turn"), True),
    "message-missing-id": ("Message", without(MESSAGE, "id"), False),
    "message-missing-usage": ("Message", without(MESSAGE, "usage"), False),
    "message-wrong-role": ("Message", changed(MESSAGE, role="user"), False),
    "message-wrong-type-const": ("Message", changed(MESSAGE, type="completion"), False),
    "message-wrong-stop-reason": ("Message", changed(MESSAGE, stop_reason="tired"), False),
    "message-content-not-a-list": ("Message", changed(MESSAGE, content="Hello"), False),
    "message-unknown-discriminator": ("Message", changed(MESSAGE, content=[{"type": "video", "url": "x"}]), False),
    "message-block-missing-field": ("Message", changed(MESSAGE, content=[{"type": "text"}]), False),
    "message-block-wrong-type": ("Message", changed(MESSAGE, content=[{"type": "text", "text": 5}]), False),
    "message-usage-wrong-type": ("Message", changed(MESSAGE, usage=changed(USAGE, input_tokens="many")), False),
    "usage": ("Usage", USAGE, True),
    "usage-lax-int-from-string": ("Usage", changed(USAGE, output_tokens="20"), True),
    "usage-missing-input-tokens": ("Usage", without(USAGE, "input_tokens"), False),
    "usage-wrong-service-tier": ("Usage", changed(USAGE, service_tier="gold"), False),
    "usage-float-tokens": ("Usage", changed(USAGE, input_tokens=1.5), False),
    "usage-not-an-object": ("Usage", [1, 2], False),
    "model-info": ("ModelInfo", MODEL_INFO, True),
    "model-info-missing-display-name": ("ModelInfo", without(MODEL_INFO, "display_name"), False),
    "model-info-bad-date": ("ModelInfo", changed(MODEL_INFO, created_at="yesterday"), False),
    "model-info-wrong-type-const": ("ModelInfo", changed(MODEL_INFO, type="models"), False),
    "message-batch": ("MessageBatch", MESSAGE_BATCH, True),
    "message-batch-in-progress": (
        "MessageBatch",
        changed(MESSAGE_BATCH, processing_status="in_progress", ended_at=None, results_url=None),
        True,
    ),
    "message-batch-wrong-status": ("MessageBatch", changed(MESSAGE_BATCH, processing_status="done"), False),
    "message-batch-missing-counts": ("MessageBatch", without(MESSAGE_BATCH, "request_counts"), False),
    "message-batch-counts-wrong-type": (
        "MessageBatch",
        changed(MESSAGE_BATCH, request_counts=changed(MESSAGE_BATCH["request_counts"], succeeded=None)),
        False,
    ),
}

# Where the two differ on purpose (ours accepts, datamodel-code-generator's rejects):
# - a nullable field may be missing: our models treat every nullable field as optional
#   (default None), as the official SDK does, so that an API that leaves it out still parses;
# - numeric constraints (`minimum`) are not checked by response models.
KNOWN_DIFFERENCES: dict[str, tuple[str, Any]] = {
    "nullable-field-missing": ("Message", without(MESSAGE, "stop_sequence")),
    "constraint-not-checked": ("Usage", changed(USAGE, input_tokens=-1)),
}


@pytest.fixture(scope="module")
def ours() -> dict[str, type[pydantic.BaseModel]]:
    models = {}
    for schema, (module_name, class_name) in OURS.items():
        # A broken import of the generated package is a failure, never a skip.
        models[schema] = getattr(importlib.import_module(module_name), class_name)
    return models


def _reduced_spec(roots: list[str]) -> dict[str, Any]:
    """The patched spec's component schemas reachable from `roots`, as an OpenAPI document."""
    spec = apply_overlays(load_spec(SPEC), load_overlay_documents(OVERLAYS / "openapi"))
    schemas = spec["components"]["schemas"]
    keep: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep.add(name)
        todo.extend(target.rpartition("/")[2] for _, target in iter_refs(schemas[name]))
    return {
        "openapi": spec["openapi"],
        "info": {"title": "reduced", "version": "1"},
        "paths": {},
        "components": {"schemas": {name: schemas[name] for name in sorted(keep)}},
    }


@pytest.fixture(scope="module")
def theirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    directory = tmp_path_factory.mktemp("datamodel")
    source = directory / "reduced.yaml"
    source.write_text(yaml.safe_dump(_reduced_spec(list(OURS))), encoding="utf-8")
    output = directory / "dcg_models.py"
    command = [
        str(Path(sys.executable).parent / "datamodel-codegen"),
        "--input", str(source),
        "--input-file-type", "openapi",
        "--output", str(output),
        "--output-model-type", "pydantic_v2.BaseModel",
        "--enum-field-as-literal", "all",
        "--use-annotated",
        "--collapse-root-models",
        "--disable-timestamp",
        "--target-python-version", "3.11",
        "--formatters", "builtin",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    spec = importlib.util.spec_from_file_location("dcg_models", output)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dcg_models"] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["dcg_models"]


def accepts(model: type[pydantic.BaseModel], payload: Any) -> bool:
    try:
        model.model_validate(payload, strict=False)
    except pydantic.ValidationError:
        return False
    return True


@pytest.mark.parametrize("sample", SAMPLES.values(), ids=SAMPLES.keys())
def test_both_accept_and_reject_the_same_payloads(
    ours: dict[str, type[pydantic.BaseModel]], theirs: ModuleType, sample: tuple[str, Any, bool]
) -> None:
    schema, payload, valid = sample
    theirs_model = getattr(theirs, schema)
    assert accepts(theirs_model, payload) is valid, "datamodel-code-generator's model disagrees with the sample"
    assert accepts(ours[schema], payload) is valid, "our generated model disagrees with datamodel-code-generator's"


@pytest.mark.parametrize("sample", KNOWN_DIFFERENCES.values(), ids=KNOWN_DIFFERENCES.keys())
def test_known_differences(
    ours: dict[str, type[pydantic.BaseModel]], theirs: ModuleType, sample: tuple[str, Any]
) -> None:
    schema, payload = sample
    assert accepts(ours[schema], payload) and not accepts(getattr(theirs, schema), payload)


def test_the_discriminated_union_picks_the_same_variants(
    ours: dict[str, type[pydantic.BaseModel]], theirs: ModuleType
) -> None:
    mine = ours["Message"].model_validate(MESSAGE)
    other = theirs.Message.model_validate(MESSAGE)
    assert [type(b).__name__ for b in mine.content] == ["TextBlock", "ThinkingBlock", "ToolUseBlock"]
    assert [type(b).__name__ for b in other.content] == [
        "ResponseTextBlock",
        "ResponseThinkingBlock",
        "ResponseToolUseBlock",
    ]
    assert mine.model_dump(mode="json", exclude_unset=True) == other.model_dump(mode="json", exclude_unset=True)
