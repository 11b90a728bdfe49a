"""The differential probe: runs a corpus of cases through whichever `anthropic` package the
interpreter imports and prints the results as JSON, keyed by case id.

`tests/compat/test_differential.py` runs it twice, once with the official `anthropic==0.79.0`
(in a virtual environment of its own) and once with ours, and compares the two outputs as
data. Only the public API is used, so the same script drives both packages.

    python probe.py <suite>      suites: models, requests, schemas, errors
"""

# ruff: noqa: B023 - every closure made in a loop here is called at once, inside `outcome()`.
from __future__ import annotations

import enum
import json
import sys
import warnings
from typing import Any, Literal

import anthropic
import httpx
import pydantic

Results = dict[str, Any]


def outcome(action: Any) -> Any:
    """The result of `action()` as data, or the exception it raised (class name and message)."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            value = action()
        result = {"value": value}
        seen = sorted({w.category.__name__ for w in caught if w.category is not UserWarning})
        if seen:
            result["warnings"] = seen
        return result
    except Exception as exc:
        return {"raises": type(exc).__name__}


# --------------------------------------------------------------------------------------
# models: response bodies through construct / validate / dump / to_json / str / repr
# --------------------------------------------------------------------------------------

USAGE = {"input_tokens": 10, "output_tokens": 20, "cache_creation_input_tokens": None, "cache_read_input_tokens": 0}
TEXT = {"type": "text", "text": "Hello", "citations": None}
CITATION = {
    "type": "char_location",
    "cited_text": "a",
    "document_index": 0,
    "document_title": None,
    "start_char_index": 0,
    "end_char_index": 1,
    "file_id": None,
}
BLOCKS = {
    "text": TEXT,
    "text_with_citation": {"type": "text", "text": "Cited", "citations": [CITATION]},
    "thinking": {"type": "thinking", "thinking": "hmm", "signature": "sig"},
    "redacted_thinking": {"type": "redacted_thinking", "data": "xyz"},
    "tool_use": {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}},
    "server_tool_use": {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": "q"}},
    "web_search_tool_result": {
        "type": "web_search_tool_result",
        "tool_use_id": "srvtoolu_1",
        "content": [
            {
                "type": "web_search_result",
                "title": "T",
                "url": "https://e.test",
                "encrypted_content": "e",
                "page_age": None,
            }
        ],
    },
    "web_search_tool_result_error": {
        "type": "web_search_tool_result",
        "tool_use_id": "srvtoolu_1",
        "content": {"type": "web_search_tool_result_error", "error_code": "unavailable"},
    },
    "unknown_field": {"type": "text", "text": "x", "citations": None, "brand_new_field": {"nested": [1, 2]}},
    "unknown_variant": {"type": "hologram", "payload": {"a": 1}},
}
BETA_BLOCKS = {
    **BLOCKS,
    "mcp_tool_use": {"type": "mcp_tool_use", "id": "mcptoolu_1", "name": "n", "server_name": "s", "input": {}},
    "mcp_tool_result": {"type": "mcp_tool_result", "tool_use_id": "mcptoolu_1", "is_error": False, "content": "done"},
    "container_upload": {"type": "container_upload", "file_id": "file_1"},
    "code_execution_tool_result": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_2",
        "content": {"type": "code_execution_result", "stdout": "1", "stderr": "", "return_code": 0, "content": []},
    },
    "bash_code_execution_tool_result": {
        "type": "bash_code_execution_tool_result",
        "tool_use_id": "srvtoolu_3",
        "content": {"type": "bash_code_execution_result", "stdout": "", "stderr": "", "return_code": 0, "content": []},
    },
    "web_fetch_tool_result": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_4",
        "content": {"type": "web_fetch_tool_result_error", "error_code": "url_not_accessible"},
    },
    "compaction": {"type": "compaction", "content": "summary"},
}


def message(content: list[Any], **extra: Any) -> dict[str, Any]:
    body = {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": content,
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": USAGE,
    }
    body.update(extra)
    return body


def model_corpus() -> list[tuple]:  # (case id, class path, body)
    cases: list[tuple] = []
    for name, block in BLOCKS.items():
        cases.append((f"Message/{name}", "anthropic.types.Message", message([block])))
    for name, block in BETA_BLOCKS.items():
        cases.append(
            (
                f"BetaMessage/{name}",
                "anthropic.types.beta.BetaMessage",
                message([block], container=None, context_management=None),
            )
        )
    cases.append(("Message/all-blocks", "anthropic.types.Message", message(list(BLOCKS.values()))))
    cases.append(("Message/unknown-top-level", "anthropic.types.Message", message([TEXT], extra_top={"x": 1})))
    cases.append(
        ("Message/missing-usage", "anthropic.types.Message", {k: v for k, v in message([TEXT]).items() if k != "usage"})
    )
    cases.append(
        (
            "Message/wrong-type",
            "anthropic.types.Message",
            message([TEXT], usage={"input_tokens": "ten", "output_tokens": 2}),
        )
    )
    events = {
        "message_start": {"type": "message_start", "message": message([])},
        "content_block_start": {"type": "content_block_start", "index": 0, "content_block": TEXT},
        "content_block_delta_text": {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "text_delta", "text": "He"},
        },
        "content_block_delta_json": {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": '{"a'},
        },
        "content_block_delta_thinking": {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "thinking_delta", "thinking": "t"},
        },
        "content_block_delta_signature": {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "signature_delta", "signature": "s"},
        },
        "content_block_delta_citation": {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "citations_delta", "citation": CITATION},
        },
        "content_block_stop": {"type": "content_block_stop", "index": 0},
        "message_delta": {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 5},
        },
        "message_stop": {"type": "message_stop"},
        "unknown_event": {"type": "brand_new_event", "data": 1},
    }
    for name, event in events.items():
        cases.append((f"RawMessageStreamEvent/{name}", "anthropic.types.RawMessageStreamEvent", event))
        cases.append((f"BetaRawMessageStreamEvent/{name}", "anthropic.types.beta.BetaRawMessageStreamEvent", event))
    errors = {
        "invalid_request": "invalid_request_error",
        "authentication": "authentication_error",
        "billing": "billing_error",
        "permission": "permission_error",
        "not_found": "not_found_error",
        "rate_limit": "rate_limit_error",
        "timeout": "timeout_error",
        "api": "api_error",
        "overloaded": "overloaded_error",
        "unknown": "brand_new_error",
    }
    for name, kind in errors.items():
        body = {"type": "error", "error": {"type": kind, "message": "m"}, "request_id": "req_1"}
        cases.append((f"ErrorResponse/{name}", "anthropic.types.ErrorResponse", body))
        cases.append((f"BetaErrorResponse/{name}", "anthropic.types.BetaErrorResponse", body))
    cases.append(
        (
            "Completion/basic",
            "anthropic.types.Completion",
            {
                "id": "c",
                "type": "completion",
                "completion": " Hi",
                "model": "claude-2.1",
                "stop_reason": "stop_sequence",
            },
        )
    )
    cases.append(
        (
            "ModelInfo/basic",
            "anthropic.types.ModelInfo",
            {"type": "model", "id": "m", "display_name": "M", "created_at": "2025-01-01T00:00:00Z"},
        )
    )
    cases.append(
        (
            "MessageBatch/basic",
            "anthropic.types.messages.MessageBatch",
            {
                "id": "msgbatch_1",
                "type": "message_batch",
                "processing_status": "ended",
                "request_counts": {"processing": 0, "succeeded": 1, "errored": 0, "canceled": 0, "expired": 0},
                "ended_at": "2025-01-01T00:00:00Z",
                "created_at": "2025-01-01T00:00:00Z",
                "expires_at": "2025-01-02T00:00:00Z",
                "archived_at": None,
                "cancel_initiated_at": None,
                "results_url": "https://e.test/r",
            },
        )
    )
    cases.append(
        (
            "MessageBatchIndividualResponse/succeeded",
            "anthropic.types.messages.MessageBatchIndividualResponse",
            {"custom_id": "a", "result": {"type": "succeeded", "message": message([TEXT])}},
        )
    )
    cases.append(
        (
            "MessageBatchIndividualResponse/errored",
            "anthropic.types.messages.MessageBatchIndividualResponse",
            {
                "custom_id": "b",
                "result": {
                    "type": "errored",
                    "error": {"type": "error", "error": {"type": "api_error", "message": "x"}, "request_id": None},
                },
            },
        )
    )
    cases.append(
        (
            "Usage/full",
            "anthropic.types.Usage",
            {
                **USAGE,
                "server_tool_use": {"web_search_requests": 1},
                "service_tier": "standard",
                "cache_creation": None,
            },
        )
    )
    cases.append(
        (
            "BetaUsage/iterations",
            "anthropic.types.beta.BetaUsage",
            {
                **USAGE,
                "iterations": [
                    {
                        "type": "message",
                        "input_tokens": 1,
                        "output_tokens": 1,
                        "cache_creation_input_tokens": 0,
                        "cache_read_input_tokens": 0,
                    }
                ],
            },
        )
    )
    return cases


def resolve(path: str) -> Any:
    module, _, name = path.rpartition(".")
    target: Any = __import__(module, fromlist=[name])
    return getattr(target, name)


def validate(tp: Any, body: Any) -> Any:
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return tp.model_validate(body)
    return pydantic.TypeAdapter(tp).validate_python(body)


def run_models() -> Results:
    out: Results = {}
    for case, path, body in model_corpus():
        tp = resolve(path)

        def validated() -> Any:
            return validate(tp, body)

        out[f"{case}/model_dump"] = outcome(lambda: validated().model_dump(mode="json", warnings=False))
        out[f"{case}/model_dump:exclude_unset"] = outcome(
            lambda: validated().model_dump(mode="json", exclude_unset=True, warnings=False)
        )
        out[f"{case}/model_dump:exclude_none"] = outcome(
            lambda: validated().model_dump(mode="json", exclude_none=True, warnings=False)
        )
        out[f"{case}/keys"] = outcome(lambda: list(validated().model_dump(warnings=False)))
        out[f"{case}/to_json"] = outcome(lambda: validated().to_json(warnings=False))
        out[f"{case}/to_dict"] = outcome(lambda: validated().to_dict(mode="json", warnings=False))
        out[f"{case}/class"] = outcome(lambda: type(validated()).__name__)
        out[f"{case}/repr"] = outcome(lambda: repr(validated()))
        out[f"{case}/str"] = outcome(lambda: str(validated()))
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            out[f"{case}/construct"] = outcome(lambda: repr(tp.construct(**body)))
            out[f"{case}/model_construct"] = outcome(lambda: repr(tp.model_construct(**body)))
            out[f"{case}/construct:dump"] = outcome(
                lambda: tp.construct(**body).model_dump(mode="json", warnings=False)
            )
    return out


# --------------------------------------------------------------------------------------
# requests: what each method sends (method, path, query, headers, body)
# --------------------------------------------------------------------------------------

PARAMS = {"max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}], "model": "claude-sonnet-4-5"}
BATCH = {
    "id": "msgbatch_1",
    "type": "message_batch",
    "processing_status": "in_progress",
    "request_counts": {"processing": 1, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
    "ended_at": None,
    "created_at": "2025-01-01T00:00:00Z",
    "expires_at": "2025-01-02T00:00:00Z",
    "archived_at": None,
    "cancel_initiated_at": None,
    "results_url": None,
}
SKILL = {
    "id": "skill_1",
    "type": "skill",
    "display_title": "S",
    "source": "custom",
    "latest_version": "1",
    "created_at": "2025-01-01T00:00:00Z",
    "updated_at": "2025-01-01T00:00:00Z",
}
FILE = {
    "id": "file_1",
    "type": "file",
    "filename": "a.txt",
    "mime_type": "text/plain",
    "size_bytes": 1,
    "created_at": "2025-01-01T00:00:00Z",
    "downloadable": False,
}
PAGE = {"data": [], "has_more": False, "first_id": None, "last_id": None}
CURSOR_PAGE = {"data": [], "has_more": False, "next_page": None}
REPLY = message([TEXT])


def request_corpus() -> list[tuple]:  # (case id, callable on a client, response JSON)
    returned = anthropic.types.Message.model_validate(message([BLOCKS["tool_use"], TEXT]))
    beta_returned = anthropic.types.beta.BetaMessage.model_validate(message([BLOCKS["tool_use"], TEXT]))
    tool_results = {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"}]}
    return [
        ("messages.create/minimal", lambda c: c.messages.create(**PARAMS), REPLY),
        (
            "messages.create/all",
            lambda c: c.messages.create(
                **PARAMS,
                system=[{"type": "text", "text": "Be brief", "cache_control": {"type": "ephemeral"}}],
                temperature=0.5,
                top_k=5,
                top_p=0.9,
                stop_sequences=["END"],
                metadata={"user_id": "u"},
                tools=[
                    {"name": "get_weather", "description": "d", "input_schema": {"type": "object", "properties": {}}}
                ],
                tool_choice={"type": "auto"},
                thinking={"type": "enabled", "budget_tokens": 1024},
                service_tier="auto",
            ),
            REPLY,
        ),
        (
            "messages.create/model-passed-back",
            lambda c: c.messages.create(
                max_tokens=64,
                model="claude-sonnet-4-5",
                messages=[
                    {"role": "user", "content": "w?"},
                    {"role": "assistant", "content": returned.content},
                    tool_results,
                ],
            ),
            REPLY,
        ),
        (
            "messages.create/extra",
            lambda c: c.messages.create(
                **PARAMS, extra_headers={"X-Custom": "1"}, extra_query={"q": "1"}, extra_body={"more": True}
            ),
            REPLY,
        ),
        (
            "messages.count_tokens",
            lambda c: c.messages.count_tokens(messages=PARAMS["messages"], model="m"),
            {"input_tokens": 3},
        ),
        (
            "messages.batches.create",
            lambda c: c.messages.batches.create(requests=[{"custom_id": "a", "params": PARAMS}]),
            BATCH,
        ),
        ("messages.batches.retrieve", lambda c: c.messages.batches.retrieve("msgbatch_1"), BATCH),
        ("messages.batches.list", lambda c: c.messages.batches.list(limit=2, after_id="x"), PAGE),
        ("messages.batches.cancel", lambda c: c.messages.batches.cancel("msgbatch_1"), BATCH),
        (
            "messages.batches.delete",
            lambda c: c.messages.batches.delete("msgbatch_1"),
            {"id": "msgbatch_1", "type": "message_batch_deleted"},
        ),
        (
            "models.retrieve",
            lambda c: c.models.retrieve("claude-sonnet-4-5"),
            {"type": "model", "id": "m", "display_name": "M", "created_at": "2025-01-01T00:00:00Z"},
        ),
        ("models.list", lambda c: c.models.list(limit=5, before_id="b"), PAGE),
        (
            "completions.create",
            lambda c: c.completions.create(
                max_tokens_to_sample=10, model="claude-2.1", prompt="\n\nHuman: hi\n\nAssistant:"
            ),
            {"id": "c", "type": "completion", "completion": "x", "model": "claude-2.1", "stop_reason": None},
        ),
        (
            "beta.messages.create/betas",
            lambda c: c.beta.messages.create(**PARAMS, betas=["context-management-2025-06-27", "x-beta"]),
            REPLY,
        ),
        (
            "beta.messages.create/model-passed-back",
            lambda c: c.beta.messages.create(
                max_tokens=64,
                model="m",
                messages=[{"role": "assistant", "content": beta_returned.content}, tool_results],
            ),
            REPLY,
        ),
        ("beta.messages.create/container", lambda c: c.beta.messages.create(**PARAMS, container="cont_1"), REPLY),
        (
            "beta.messages.count_tokens",
            lambda c: c.beta.messages.count_tokens(messages=PARAMS["messages"], model="m"),
            {"input_tokens": 3},
        ),
        (
            "beta.messages.count_tokens/betas",
            lambda c: c.beta.messages.count_tokens(messages=PARAMS["messages"], model="m", betas=["b1"]),
            {"input_tokens": 3},
        ),
        (
            "beta.messages.batches.create",
            lambda c: c.beta.messages.batches.create(requests=[{"custom_id": "a", "params": PARAMS}]),
            BATCH,
        ),
        ("beta.messages.batches.list", lambda c: c.beta.messages.batches.list(limit=1), PAGE),
        ("beta.messages.batches.retrieve", lambda c: c.beta.messages.batches.retrieve("b1", betas=["x"]), BATCH),
        ("beta.models.list", lambda c: c.beta.models.list(), PAGE),
        ("beta.files.list", lambda c: c.beta.files.list(limit=3), PAGE),
        ("beta.files.retrieve_metadata", lambda c: c.beta.files.retrieve_metadata("file_1"), FILE),
        ("beta.files.delete", lambda c: c.beta.files.delete("file_1"), {"id": "file_1", "type": "file_deleted"}),
        ("beta.skills.list", lambda c: c.beta.skills.list(limit=2, source="custom"), CURSOR_PAGE),
        ("beta.skills.retrieve", lambda c: c.beta.skills.retrieve("skill_1"), SKILL),
        ("beta.skills.versions.list", lambda c: c.beta.skills.versions.list("skill_1", limit=2), CURSOR_PAGE),
        (
            "beta.skills.versions.delete",
            lambda c: c.beta.skills.versions.delete("1", skill_id="skill_1"),
            {"id": "1", "type": "skill_version_deleted"},
        ),
        (
            "path-param/encoded",
            lambda c: c.models.retrieve("a/b?c"),
            {"type": "model", "id": "m", "display_name": "M", "created_at": "2025-01-01T00:00:00Z"},
        ),
        ("path-param/empty", lambda c: c.models.retrieve(""), {}),
    ]


# Headers whose values legitimately differ between the two packages (none are expected to
# be missing): every other header is compared as it is.
UNCOMPARED_HEADERS = {"x-stainless-async", "x-stainless-read-timeout", "x-stainless-timeout"}


def run_requests() -> Results:
    out: Results = {}
    for case, call, reply in request_corpus():
        seen: list[dict[str, Any]] = []

        def handle(request: httpx.Request, reply: Any = reply) -> httpx.Response:
            body = request.content
            seen.append(
                {
                    "method": request.method,
                    "path": request.url.raw_path.decode().split("?")[0],
                    "query": sorted(httpx.QueryParams(request.url.query).multi_items()),
                    "headers": {k: v for k, v in sorted(request.headers.items()) if k not in UNCOMPARED_HEADERS},
                    "body": json.loads(body) if body else None,
                }
            )
            return httpx.Response(200, json=reply)

        client = anthropic.Anthropic(
            api_key="sk-test",
            base_url="http://127.0.0.1:9",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(handle)),
        )
        result = outcome(lambda: type(call(client)).__name__)
        out[case] = {"result": result, "requests": seen}
    return out


# --------------------------------------------------------------------------------------
# schemas: transform_schema and the tool definitions beta_tool builds
# --------------------------------------------------------------------------------------


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Address(pydantic.BaseModel):
    street: str
    number: int = pydantic.Field(ge=1, le=9999, description="House number")


class Person(pydantic.BaseModel):
    """A person."""

    name: str = pydantic.Field(min_length=1, max_length=50)
    age: int | None = None
    tags: list[str] = pydantic.Field(default_factory=list, max_length=5)
    color: Color = Color.RED
    kind: Literal["a", "b"] = "a"
    address: Address | None = None
    score: float = pydantic.Field(0.0, multiple_of=0.5, gt=-1)


SCHEMAS = {
    "string-constraints": {"type": "string", "minLength": 1, "maxLength": 10, "pattern": "^a", "format": "email"},
    "string-format-kept": {"type": "string", "format": "date-time"},
    "number-constraints": {"type": "number", "minimum": 0, "maximum": 10, "exclusiveMinimum": 0, "multipleOf": 2},
    "integer": {"type": "integer", "minimum": 1},
    "array": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3, "uniqueItems": True},
    "array-min-items-1": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
    "object": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}, "required": ["a"]},
    "object-additional": {"type": "object", "additionalProperties": {"type": "string"}},
    "nested": {
        "type": "object",
        "properties": {"inner": {"type": "object", "properties": {"x": {"type": "number", "maximum": 5}}}},
    },
    "anyof": {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}]},
    "oneof": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    "allof": {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]},
    "enum": {"type": "string", "enum": ["x", "y"], "description": "pick"},
    "const": {"const": "fixed"},
    "ref": {
        "$defs": {"A": {"type": "object", "properties": {"v": {"type": "string", "minLength": 2}}}},
        "$ref": "#/$defs/A",
    },
    "described": {"type": "string", "description": "Already described", "maxLength": 4},
    "title-default": {
        "type": "object",
        "title": "T",
        "properties": {"a": {"type": "integer", "default": 3, "title": "A"}},
    },
    "bool": {"type": "boolean"},
    "null": {"type": "null"},
    "not-supported": {"type": "string", "not": {"const": "x"}},
    "pattern": {"type": "string", "pattern": "^a$"},
    "lookahead-pattern": {"type": "string", "pattern": "(?=a)"},
    "format-unknown": {"type": "string", "format": "binary"},
    "examples-default": {"type": "string", "examples": ["a"], "default": "x"},
    "title-first": {"title": "T", "type": "string"},
    "min-items-2": {"type": "array", "items": {"type": "string"}, "minItems": 2},
    "prefix-items": {"type": "array", "prefixItems": [{"type": "string"}]},
    "empty-object": {"type": "object"},
    "object-order": {
        "properties": {"b": {"type": "string"}, "a": {"type": "integer"}},
        "type": "object",
        "required": ["b"],
        "title": "O",
    },
    "object-no-type": {"properties": {"a": {"type": "string"}}},
    "min-properties": {"type": "object", "properties": {}, "minProperties": 1},
    "oneof-constrained": {"oneOf": [{"type": "string", "maxLength": 2}, {"type": "integer"}], "title": "t"},
    "allof-two": {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {"type": "object", "properties": {"b": {"type": "string"}}},
        ]
    },
    "type-and-anyof": {"type": "string", "anyOf": [{"type": "string"}], "title": "T"},
    "nullable-type-list": {"type": ["string", "null"]},
    "ref-beside-description": {"$ref": "#/$defs/X", "description": "d"},
    "defs-last": {"type": "object", "properties": {}, "$defs": {"Y": {"type": "integer"}}},
    "empty-schema": {},
    "not-only": {"not": {"type": "string"}},
    "typeless-enum": {"enum": ["a", 1]},
    "definitions": {"definitions": {"X": {"type": "string"}}, "type": "object", "properties": {}},
    "floats": {"type": "number", "minimum": 0.5, "maximum": 1e10},
    "property-names": {"type": "object", "properties": {}, "propertyNames": {"pattern": "^a"}},
    "items-as-list": {"type": "array", "items": [{"type": "string"}]},
    "description-then-title": {
        "description": "D",
        "title": "T",
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "required": ["a"],
        "default": {},
    },
    "number-format": {"type": "number", "format": "double"},
    "null-described": {"type": "null", "description": "n"},
}


def tool_functions() -> dict[str, Any]:
    def google(city: str, units: str = "c") -> str:
        """Get the weather.

        Args:
            city: The city name.
            units: Temperature units.

        Returns:
            The forecast.
        """
        return city

    def rest(city: str, days: int = 1) -> str:
        """Get the forecast.

        :param city: The city name.
        :param days: How many days.
        :returns: The forecast.
        """
        return city

    def numpy(city: str, days: int) -> str:
        """Get the forecast.

        Parameters
        ----------
        city : str
            The city name.
        days : int
            How many days.
        """
        return city

    def epydoc(city: str) -> str:
        """Get the forecast.

        @param city: The city name.
        @return: The forecast.
        """
        return city

    def no_hints(a, b=2):  # type: ignore[no-untyped-def]
        """No annotations at all."""
        return a

    def no_doc(x: int, y: list[str] | None = None, z: Literal["p", "q"] = "p") -> int:
        return x

    def models(person: Person, color: Color = Color.BLUE, mapping: dict[str, int] | None = None) -> str:
        """Takes models and enums.

        Args:
            person: Who.
            color: Which color.
        """
        return "ok"

    def union(value: int | str, flag: bool = False) -> str:
        """Union parameter."""
        return str(value)

    return {f.__name__: f for f in (google, rest, numpy, epydoc, no_hints, no_doc, models, union)}


def run_schemas() -> Results:
    out: Results = {}
    from anthropic import beta_tool, transform_schema

    # As JSON text: the key order is part of what is compared (it is the order of the request).
    for name, schema in SCHEMAS.items():
        out[f"transform/{name}"] = outcome(lambda: json.dumps(transform_schema(json.loads(json.dumps(schema)))))
    out["transform/pydantic:Person"] = outcome(lambda: json.dumps(transform_schema(Person)))
    out["transform/pydantic:Address"] = outcome(lambda: json.dumps(transform_schema(Address)))
    for name, function in tool_functions().items():
        out[f"beta_tool/{name}"] = outcome(lambda: json.dumps(beta_tool(function).to_dict()))
    out["beta_tool/input-schema-model"] = outcome(
        lambda: json.dumps(beta_tool(input_schema=Person)(tool_functions()["google"]).to_dict())
    )
    out["beta_tool/input-schema-dict"] = outcome(
        lambda: json.dumps(beta_tool(input_schema=SCHEMAS["object"])(tool_functions()["google"]).to_dict())
    )
    out["beta_tool/named"] = outcome(
        lambda: json.dumps(beta_tool(name="renamed", description="Custom")(tool_functions()["google"]).to_dict())
    )
    return out


# --------------------------------------------------------------------------------------
# errors: which exception each status code and error body becomes
# --------------------------------------------------------------------------------------


def run_errors() -> Results:
    out: Results = {}
    bodies = {
        "none": None,
        "text": "upstream failure",
        "overloaded": {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}},
        "invalid": {"type": "error", "error": {"type": "invalid_request_error", "message": "bad"}},
        "not_found": {"type": "error", "error": {"type": "not_found_error", "message": "gone"}},
        "rate_limit": {"type": "error", "error": {"type": "rate_limit_error", "message": "slow"}},
        "timeout": {"type": "error", "error": {"type": "timeout_error", "message": "late"}},
        "unknown": {"type": "error", "error": {"type": "brand_new_error", "message": "?"}},
    }
    for status in (400, 401, 402, 403, 404, 409, 413, 418, 422, 429, 500, 502, 503, 504, 529, 599):
        for name, body in bodies.items():

            def handle(request: httpx.Request, status: int = status, body: Any = body) -> httpx.Response:
                if body is None:
                    return httpx.Response(status)
                if isinstance(body, str):
                    return httpx.Response(status, text=body)
                return httpx.Response(status, json=body, headers={"request-id": "req_42"})

            client = anthropic.Anthropic(
                api_key="sk-test",
                base_url="http://127.0.0.1:9",
                max_retries=0,
                http_client=httpx.Client(transport=httpx.MockTransport(handle)),
            )
            try:
                client.models.retrieve("m")
                out[f"{status}/{name}"] = {"raises": None}
            except anthropic.APIStatusError as exc:
                out[f"{status}/{name}"] = {
                    "raises": type(exc).__name__,
                    "status_code": exc.status_code,
                    "request_id": exc.request_id,
                    "message": exc.message,
                    "body": exc.body,
                    "isinstance": sorted(
                        n
                        for n in ("APIError", "APIStatusError", "InternalServerError", "AnthropicError")
                        if isinstance(exc, getattr(anthropic, n))
                    ),
                }
    return out


def run_stream_errors() -> Results:
    """An `error` event inside a successful (200) event stream: which class it raises."""
    out: Results = {}
    kinds = [
        "overloaded_error",
        "api_error",
        "timeout_error",
        "invalid_request_error",
        "rate_limit_error",
        "not_found_error",
        "authentication_error",
        "permission_error",
        "request_too_large",
        "billing_error",
        "brand_new_error",
    ]
    for kind in kinds:
        error = {"type": "error", "error": {"type": kind, "message": "stream broke"}}
        body = (
            "event: message_start\ndata: "
            + json.dumps({"type": "message_start", "message": message([])})
            + "\n\n"
            + "event: error\ndata: "
            + json.dumps(error)
            + "\n\n"
        ).encode()

        def handle(request: httpx.Request, body: bytes = body) -> httpx.Response:
            return httpx.Response(
                200, content=body, headers={"content-type": "text/event-stream", "request-id": "req_7"}
            )

        client = anthropic.Anthropic(
            api_key="sk-test",
            base_url="http://127.0.0.1:9",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(handle)),
        )
        events: list[str] = []
        try:
            for event in client.messages.create(**PARAMS, stream=True):
                events.append(event.type)
            out[kind] = {"raises": None, "events": events}
        except anthropic.APIStatusError as exc:
            out[kind] = {
                "raises": type(exc).__name__,
                "events": events,
                "message": exc.message,
                "status_code": exc.status_code,
                "body": exc.body,
                "request_id": exc.request_id,
            }
    return out


SUITES = {
    "models": run_models,
    "requests": run_requests,
    "schemas": run_schemas,
    "errors": run_errors,
    "stream_errors": run_stream_errors,
}

if __name__ == "__main__":
    json.dump(SUITES[sys.argv[1]](), sys.stdout, sort_keys=True, default=repr)
