"""Every generated endpoint against the spec-driven mock server, sync and async.

Each endpoint is called with its required parameters only, with every parameter, through
`.with_raw_response` and `.with_streaming_response`; endpoints with path parameters also
reject an empty value before any request is made. The mock server validates each request
against the spec, so a wrongly built request fails here.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anthropic
import httpx
import pydantic
import pytest
from anthropic import Anthropic, AsyncAnthropic

from .conftest import API_KEY

MODEL = "claude-sonnet-4-5-20250929"
USER_MESSAGE = [{"role": "user", "content": "Hello, Claude"}]


def file_payload() -> tuple[str, bytes, str]:
    return ("notes.txt", b"some notes", "text/plain")


@dataclass
class Endpoint:
    path: str  # e.g. "beta.messages.batches.retrieve"
    required: dict[str, Any]
    optional: dict[str, Any] = field(default_factory=dict)
    returns: str = ""  # class name of the parsed result
    path_params: tuple[str, ...] = ()
    # Called on the result (or the first page item) for an extra check.
    check: Callable[[Any], None] | None = None

    @property
    def id(self) -> str:
        return self.path

    def method(self, client: Any) -> Any:
        return operator.attrgetter(self.path)(client)

    def wrapped(self, client: Any, wrapper: str) -> Any:
        resource, _, name = self.path.rpartition(".")
        return getattr(getattr(operator.attrgetter(resource)(client), wrapper), name)


MESSAGE_OPTIONAL = {
    "inference_geo": "us",
    "metadata": {"user_id": "13803d75-b4b5-4c3e-b2a2-6f21399b021b"},
    "output_config": {"effort": "low", "format": {"type": "json_schema", "schema": {"type": "object"}}},
    "service_tier": "auto",
    "stop_sequences": ["\n\nHuman:"],
    "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral", "ttl": "5m"}}],
    "temperature": 0.5,
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    "tools": [
        {
            "name": "get_weather",
            "description": "Weather for a city.",
            "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
        }
    ],
    "top_k": 5,
    "top_p": 0.7,
}

BETA_MESSAGE_OPTIONAL = {
    **MESSAGE_OPTIONAL,
    "container": {"id": "container_1", "skills": [{"skill_id": "pdf", "type": "anthropic", "version": "latest"}]},
    "context_management": {"edits": [{"type": "clear_tool_uses_20250919"}]},
    "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/sse"}],
    "speed": "standard",
    "betas": ["context-management-2025-06-27"],
}

COUNT_OPTIONAL = {k: MESSAGE_OPTIONAL[k] for k in ("system", "thinking", "tool_choice", "tools", "output_config")}
BETA_COUNT_OPTIONAL = {
    **COUNT_OPTIONAL,
    "context_management": BETA_MESSAGE_OPTIONAL["context_management"],
    "mcp_servers": BETA_MESSAGE_OPTIONAL["mcp_servers"],
    "speed": "standard",
    "betas": ["token-counting-2024-11-01"],
}

BATCH_REQUESTS = [
    {"custom_id": "first-request", "params": {"max_tokens": 1024, "messages": USER_MESSAGE, "model": MODEL}},
]
ID_PAGE_OPTIONAL = {"after_id": "after", "before_id": "before", "limit": 1}

ENDPOINTS = [
    Endpoint(
        "completions.create",
        {"max_tokens_to_sample": 256, "model": MODEL, "prompt": "\n\nHuman: Hello\n\nAssistant:"},
        {
            "metadata": {"user_id": "user-1"},
            "stop_sequences": ["\n\nHuman:"],
            "temperature": 1.0,
            "top_k": 5,
            "top_p": 0.7,
            "betas": ["output-128k-2025-02-19"],
        },
        "Completion",
    ),
    Endpoint(
        "messages.create", {"max_tokens": 1024, "messages": USER_MESSAGE, "model": MODEL}, MESSAGE_OPTIONAL, "Message"
    ),
    Endpoint("messages.count_tokens", {"messages": USER_MESSAGE, "model": MODEL}, COUNT_OPTIONAL, "MessageTokensCount"),
    Endpoint("messages.batches.create", {"requests": BATCH_REQUESTS}, {}, "MessageBatch"),
    Endpoint(
        "messages.batches.retrieve", {"message_batch_id": "msgbatch_1"}, {}, "MessageBatch", ("message_batch_id",)
    ),
    Endpoint("messages.batches.list", {}, ID_PAGE_OPTIONAL, "SyncPage"),
    Endpoint(
        "messages.batches.delete", {"message_batch_id": "msgbatch_1"}, {}, "DeletedMessageBatch", ("message_batch_id",)
    ),
    Endpoint("messages.batches.cancel", {"message_batch_id": "msgbatch_1"}, {}, "MessageBatch", ("message_batch_id",)),
    Endpoint("models.retrieve", {"model_id": MODEL}, {"betas": ["fast-mode-2026-02-01"]}, "ModelInfo", ("model_id",)),
    Endpoint("models.list", {}, {**ID_PAGE_OPTIONAL, "betas": ["fast-mode-2026-02-01"]}, "SyncPage"),
    Endpoint(
        "beta.models.retrieve", {"model_id": MODEL}, {"betas": ["fast-mode-2026-02-01"]}, "BetaModelInfo", ("model_id",)
    ),
    Endpoint("beta.models.list", {}, {**ID_PAGE_OPTIONAL, "betas": ["fast-mode-2026-02-01"]}, "SyncPage"),
    Endpoint(
        "beta.messages.create",
        {"max_tokens": 1024, "messages": USER_MESSAGE, "model": MODEL},
        BETA_MESSAGE_OPTIONAL,
        "BetaMessage",
    ),
    Endpoint(
        "beta.messages.count_tokens",
        {"messages": USER_MESSAGE, "model": MODEL},
        BETA_COUNT_OPTIONAL,
        "BetaMessageTokensCount",
    ),
    Endpoint(
        "beta.messages.batches.create",
        {"requests": BATCH_REQUESTS},
        {"betas": ["message-batches-2024-09-24"]},
        "BetaMessageBatch",
    ),
    Endpoint(
        "beta.messages.batches.retrieve",
        {"message_batch_id": "msgbatch_1"},
        {"betas": ["message-batches-2024-09-24"]},
        "BetaMessageBatch",
        ("message_batch_id",),
    ),
    Endpoint(
        "beta.messages.batches.list", {}, {**ID_PAGE_OPTIONAL, "betas": ["message-batches-2024-09-24"]}, "SyncPage"
    ),
    Endpoint(
        "beta.messages.batches.delete",
        {"message_batch_id": "msgbatch_1"},
        {"betas": ["message-batches-2024-09-24"]},
        "BetaDeletedMessageBatch",
        ("message_batch_id",),
    ),
    Endpoint(
        "beta.messages.batches.cancel",
        {"message_batch_id": "msgbatch_1"},
        {"betas": ["message-batches-2024-09-24"]},
        "BetaMessageBatch",
        ("message_batch_id",),
    ),
    Endpoint("beta.files.upload", {"file": file_payload()}, {"betas": ["files-api-2025-04-14"]}, "FileMetadata"),
    Endpoint("beta.files.list", {}, {**ID_PAGE_OPTIONAL, "betas": ["files-api-2025-04-14"]}, "SyncPage"),
    Endpoint(
        "beta.files.retrieve_metadata",
        {"file_id": "file_1"},
        {"betas": ["files-api-2025-04-14"]},
        "FileMetadata",
        ("file_id",),
    ),
    Endpoint(
        "beta.files.delete", {"file_id": "file_1"}, {"betas": ["files-api-2025-04-14"]}, "DeletedFile", ("file_id",)
    ),
    Endpoint(
        "beta.files.download",
        {"file_id": "file_1"},
        {"betas": ["files-api-2025-04-14"]},
        "BinaryAPIResponse",
        ("file_id",),
    ),
    Endpoint(
        "beta.skills.create",
        {},
        {
            "display_title": "PDF tools",
            "files": [("pdf/SKILL.md", b"# PDF\n", "text/markdown")],
            "betas": ["skills-2025-10-02"],
        },
        "SkillCreateResponse",
    ),
    Endpoint(
        "beta.skills.retrieve",
        {"skill_id": "skill_1"},
        {"betas": ["skills-2025-10-02"]},
        "SkillRetrieveResponse",
        ("skill_id",),
    ),
    Endpoint(
        "beta.skills.list",
        {},
        {"limit": 1, "page": "page_2", "source": "custom", "betas": ["skills-2025-10-02"]},
        "SyncPageCursor",
    ),
    Endpoint(
        "beta.skills.delete",
        {"skill_id": "skill_1"},
        {"betas": ["skills-2025-10-02"]},
        "SkillDeleteResponse",
        ("skill_id",),
    ),
    Endpoint(
        "beta.skills.versions.create",
        {"skill_id": "skill_1"},
        {"files": [("pdf/SKILL.md", b"# PDF\n", "text/markdown")], "betas": ["skills-2025-10-02"]},
        "VersionCreateResponse",
        ("skill_id",),
    ),
    Endpoint(
        "beta.skills.versions.retrieve",
        {"version": "1759178010641129", "skill_id": "skill_1"},
        {"betas": ["skills-2025-10-02"]},
        "VersionRetrieveResponse",
        ("version", "skill_id"),
    ),
    Endpoint(
        "beta.skills.versions.list",
        {"skill_id": "skill_1"},
        {"limit": 1, "page": "page_2", "betas": ["skills-2025-10-02"]},
        "SyncPageCursor",
        ("skill_id",),
    ),
    Endpoint(
        "beta.skills.versions.delete",
        {"version": "1759178010641129", "skill_id": "skill_1"},
        {"betas": ["skills-2025-10-02"]},
        "VersionDeleteResponse",
        ("version", "skill_id"),
    ),
]

# `results` first retrieves the batch for its `results_url`, then streams JSON lines.
RESULTS_ENDPOINTS = [
    Endpoint(
        "messages.batches.results",
        {"message_batch_id": "msgbatch_1"},
        {},
        "MessageBatchIndividualResponse",
        ("message_batch_id",),
    ),
    Endpoint(
        "beta.messages.batches.results",
        {"message_batch_id": "msgbatch_1"},
        {"betas": ["message-batches-2024-09-24"]},
        "BetaMessageBatchIndividualResponse",
        ("message_batch_id",),
    ),
]

ALL_ENDPOINTS = ENDPOINTS + RESULTS_ENDPOINTS


def test_every_configured_endpoint_is_covered() -> None:
    """The table above must list every method the SDK generates (34 endpoints)."""
    assert len({e.path for e in ALL_ENDPOINTS}) == len(ALL_ENDPOINTS) == 34


def expected_name(endpoint: Endpoint, is_async: bool) -> str:
    if is_async and endpoint.returns in ("SyncPage", "SyncPageCursor", "BinaryAPIResponse"):
        return "Async" + endpoint.returns.removeprefix("Sync")
    return endpoint.returns


def assert_result(endpoint: Endpoint, result: Any, is_async: bool = False) -> None:
    """The result has the declared type, and every model in it was built from fields it
    declares: the clients validate strictly (a value of the wrong type fails the call) and
    no field may be left over as an undeclared extra (a misnamed field would be)."""
    # Parametrised pages are subclasses named like `SyncPage[ModelInfo]`.
    assert type(result).__name__.partition("[")[0] == expected_name(endpoint, is_async), type(result)
    if endpoint.returns in ("SyncPage", "SyncPageCursor"):
        items = result.data
        assert isinstance(items, list)
        assert all(isinstance(item, anthropic.BaseModel) for item in items)
        for item in items:
            assert_only_declared_fields(item)
    elif endpoint.returns != "BinaryAPIResponse":
        assert isinstance(result, anthropic.BaseModel)
        assert_only_declared_fields(result)


def assert_only_declared_fields(value: Any, where: str = "") -> None:
    if isinstance(value, anthropic.BaseModel):
        extra = value.__pydantic_extra__ or {}
        assert not extra, f"{type(value).__name__}{where} has fields it does not declare: {sorted(extra)}"
        for name in type(value).model_fields:
            assert_only_declared_fields(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            assert_only_declared_fields(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            assert_only_declared_fields(item, f"{where}[{key!r}]")


def server_for(urls: dict[str, str], endpoint: Endpoint) -> str:
    return urls["beta" if endpoint.path.startswith("beta.") else "default"]


# Strict response validation: the mock server answers with the spec's examples, so a
# generated type that does not match the spec (a wrong field type, a missing required field)
# fails the call instead of being papered over by the lenient parser.
@pytest.fixture
def client(mock_server_urls: dict[str, str], endpoint: Endpoint) -> Anthropic:
    return Anthropic(
        base_url=server_for(mock_server_urls, endpoint),
        api_key=API_KEY,
        max_retries=0,
        _strict_response_validation=True,
    )


@pytest.fixture
def async_client(mock_server_urls: dict[str, str], endpoint: Endpoint) -> AsyncAnthropic:
    return AsyncAnthropic(
        base_url=server_for(mock_server_urls, endpoint),
        api_key=API_KEY,
        max_retries=0,
        _strict_response_validation=True,
    )


# ------------------------------------------------------------------------------------------
# sync
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
def test_required_params(client: Anthropic, endpoint: Endpoint) -> None:
    assert_result(endpoint, endpoint.method(client)(**endpoint.required))


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
def test_all_params(client: Anthropic, endpoint: Endpoint) -> None:
    assert_result(endpoint, endpoint.method(client)(**endpoint.required, **endpoint.optional))


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
def test_raw_response(client: Anthropic, endpoint: Endpoint) -> None:
    response = endpoint.wrapped(client, "with_raw_response")(**endpoint.required)
    assert response.is_closed
    assert response.status_code == 200
    assert response.http_request.headers["x-api-key"] == API_KEY
    assert_result(endpoint, response.parse())


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
def test_streaming_response(client: Anthropic, endpoint: Endpoint) -> None:
    with endpoint.wrapped(client, "with_streaming_response")(**endpoint.required) as response:
        assert not response.is_closed
        assert response.http_request.headers["x-api-key"] == API_KEY
        assert_result(endpoint, response.parse())
    assert response.is_closed


@pytest.mark.parametrize("endpoint", [e for e in ALL_ENDPOINTS if e.path_params], ids=Endpoint.id.fget)
def test_path_params_rejected_before_any_request(endpoint: Endpoint) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    offline = Anthropic(api_key=API_KEY, base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=transport))
    for name in endpoint.path_params:
        arguments = {**endpoint.required, name: ""}
        with pytest.raises(ValueError, match=name):
            endpoint.method(offline)(**arguments)
    assert sent == []


@pytest.mark.parametrize("endpoint", RESULTS_ENDPOINTS, ids=Endpoint.id.fget)
def test_results(client: Anthropic, endpoint: Endpoint) -> None:
    decoder = endpoint.method(client)(**endpoint.required, **endpoint.optional)
    entries = list(decoder)
    assert entries
    assert all(type(entry).__name__ == endpoint.returns for entry in entries)


# ------------------------------------------------------------------------------------------
# async
# ------------------------------------------------------------------------------------------


async def call_async(endpoint: Endpoint, method: Any, **arguments: Any) -> Any:
    result = method(**arguments)
    # Paginated methods return an awaitable paginator rather than a coroutine.
    return await result


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
async def test_async_required_params(async_client: AsyncAnthropic, endpoint: Endpoint) -> None:
    result = await call_async(endpoint, endpoint.method(async_client), **endpoint.required)
    assert_result(endpoint, result, is_async=True)


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
async def test_async_all_params(async_client: AsyncAnthropic, endpoint: Endpoint) -> None:
    arguments = {**endpoint.required, **endpoint.optional}
    result = await call_async(endpoint, endpoint.method(async_client), **arguments)
    assert_result(endpoint, result, is_async=True)


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
async def test_async_raw_response(async_client: AsyncAnthropic, endpoint: Endpoint) -> None:
    response = await endpoint.wrapped(async_client, "with_raw_response")(**endpoint.required)
    assert response.status_code == 200
    parsed = response.parse()
    if endpoint.returns == "BinaryAPIResponse":
        # A binary response is the async kind, read lazily: parsing it is awaited.
        parsed = await parsed
    # Otherwise the raw response has read its body already, so parsing needs no await.
    assert_result(endpoint, parsed, is_async=True)


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=Endpoint.id.fget)
async def test_async_streaming_response(async_client: AsyncAnthropic, endpoint: Endpoint) -> None:
    async with endpoint.wrapped(async_client, "with_streaming_response")(**endpoint.required) as response:
        assert not response.is_closed
        assert_result(endpoint, await response.parse(), is_async=True)
    assert response.is_closed


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", [e for e in ALL_ENDPOINTS if e.path_params], ids=Endpoint.id.fget)
async def test_async_path_params_rejected_before_any_request(endpoint: Endpoint) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    offline = AsyncAnthropic(
        api_key=API_KEY, base_url="http://127.0.0.1:9", http_client=httpx.AsyncClient(transport=transport)
    )
    for name in endpoint.path_params:
        arguments = {**endpoint.required, name: ""}
        with pytest.raises(ValueError, match=name):
            await call_async(endpoint, endpoint.method(offline), **arguments)
    assert sent == []


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", RESULTS_ENDPOINTS, ids=Endpoint.id.fget)
async def test_async_results(async_client: AsyncAnthropic, endpoint: Endpoint) -> None:
    decoder = await endpoint.method(async_client)(**endpoint.required, **endpoint.optional)
    entries = [entry async for entry in decoder]
    assert entries
    assert all(type(entry).__name__ == endpoint.returns for entry in entries)


# ------------------------------------------------------------------------------------------
# the checks above catch a wrong model
# ------------------------------------------------------------------------------------------


def test_the_checks_fail_on_a_model_that_does_not_match_the_spec(mock_server_urls: dict[str, str]) -> None:
    """A generated type with a wrong field type, or a misnamed field, fails the endpoint checks
    (here with hand-made wrong variants of `Message`, parsed from the mock server's real answer)."""

    from anthropic._exceptions import APIResponseValidationError
    from anthropic._models import parse_json
    from anthropic.types import Message

    client = Anthropic(base_url=mock_server_urls["default"], api_key=API_KEY, max_retries=0)
    raw = client.messages.with_raw_response.create(max_tokens=16, messages=USER_MESSAGE, model=MODEL)
    body = raw.http_response.content
    assert_only_declared_fields(parse_json(Message, body, strict=True))  # the real type passes

    class WrongType(anthropic.BaseModel):
        id: int  # the spec says string
        content: int

    with pytest.raises(pydantic.ValidationError):
        parse_json(WrongType, body, strict=True)

    class Misnamed(anthropic.BaseModel):
        identifier: str | None = None  # `id` under another name: left over as an extra
        type: str
        role: str
        content: list[object]
        model: str
        stop_reason: str | None = None
        stop_sequence: str | None = None
        usage: object

    with pytest.raises(AssertionError, match="does not declare"):
        assert_only_declared_fields(parse_json(Misnamed, body, strict=True))

    strict = Anthropic(
        base_url=mock_server_urls["default"], api_key=API_KEY, max_retries=0, _strict_response_validation=True
    )
    wrong = strict.messages.with_raw_response.create(max_tokens=16, messages=USER_MESSAGE, model=MODEL)
    with pytest.raises(APIResponseValidationError):
        wrong.parse(to=WrongType)
