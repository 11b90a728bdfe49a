"""The platform clients (Bedrock, Vertex AI, Foundry) against the fault server: incomplete
streams, cut connections, idle streams, redirects and credential checks, in every mode."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest

from tests.conftest import require
from tests.reliability.conftest import TIMEOUT, AwaitableSync, close, run
from tests.reliability.fault_server import SSE_HEADERS, Connection, FaultServer, sse_event
from tests.reliability.test_faults import (
    CUT_AFTER,
    MESSAGE,
    MESSAGE_EVENTS,
    PARAMS,
    assert_caused_by_transport_error,
    sse_route,
)

SECRET = "platform-SECRET-credential-0123456789"
PLATFORMS = ["bedrock", "vertex", "foundry"]


@pytest.fixture(autouse=True)
def _platform_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in (
        "AWS_REGION",
        "AWS_DEFAULT_REGION",
        "AWS_PROFILE",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "ANTHROPIC_BEDROCK_BASE_URL",
        "ANTHROPIC_VERTEX_BASE_URL",
        "ANTHROPIC_VERTEX_PROJECT_ID",
        "CLOUD_ML_REGION",
        "ANTHROPIC_FOUNDRY_API_KEY",
        "ANTHROPIC_FOUNDRY_BASE_URL",
        "ANTHROPIC_FOUNDRY_RESOURCE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture(params=PLATFORMS)
def platform(request: pytest.FixtureRequest) -> str:
    if request.param == "bedrock":
        require("botocore", "signing Bedrock requests")
    return str(request.param)


def platform_client(platform: str, mode: str, base_url: str, **kwargs: Any) -> Any:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", TIMEOUT)
    if mode == "async-aiohttp":
        # (verify=False: the fault server speaks plain HTTP; building a TLS context per client is slow.)
        kwargs.setdefault("http_client", anthropic.DefaultAioHttpClient(timeout=kwargs["timeout"], verify=False))
    is_async = mode != "sync"
    if platform == "bedrock":
        from anthropic.lib.bedrock import AnthropicBedrock, AsyncAnthropicBedrock

        kwargs.setdefault("aws_access_key", "AKIAFAULTTEST")
        kwargs.setdefault("aws_secret_key", SECRET)
        kwargs.setdefault("aws_session_token", SECRET + "-session")
        kwargs.setdefault("aws_region", "us-east-1")
        client = (AsyncAnthropicBedrock if is_async else AnthropicBedrock)(base_url=base_url, **kwargs)
    elif platform == "vertex":
        from anthropic.lib.vertex import AnthropicVertex, AsyncAnthropicVertex

        kwargs.setdefault("access_token", SECRET)
        client = (AsyncAnthropicVertex if is_async else AnthropicVertex)(
            region="us-east5", project_id="fault-project", base_url=base_url, **kwargs
        )
    else:
        from anthropic.lib.foundry import AnthropicFoundry, AsyncAnthropicFoundry

        kwargs.setdefault("api_key", SECRET)
        client = (AsyncAnthropicFoundry if is_async else AnthropicFoundry)(base_url=base_url, **kwargs)
    return client if is_async else AwaitableSync(client)


# ------------------------------------------------------------ Bedrock's event stream


def bedrock_frames(events: list[tuple[str, Any]]) -> bytes:
    from tests.lib.test_bedrock import chunk

    return b"".join(chunk(data) for _, data in events)


def stream_route(platform: str, events: list[tuple[str, Any]], *, end: str = "clean", tail: bytes = b"") -> Any:
    """`sse_route` for Vertex and Foundry; AWS event-stream frames for Bedrock."""
    if platform != "bedrock":
        return sse_route(events, end=end, tail=tail)

    def route(connection: Connection) -> None:
        connection.head(200, {"Content-Type": "application/vnd.amazon.eventstream"}, chunked=True)
        for _, data in events:
            if not connection.chunk(bedrock_frames([("", data)])):
                return
        connection.chunk(tail)
        if end == "clean":
            connection.end_chunks()
        elif end == "reset":
            connection.reset()

    return route


async def drain(client: Any) -> list[str]:
    try:
        stream = await client.messages.create(**PARAMS, stream=True)
        return [event.type async for event in stream]
    finally:
        await close(client)


def test_complete_platform_stream(server: FaultServer, mode: str, platform: str) -> None:
    server.routes["p"] = stream_route(platform, MESSAGE_EVENTS)
    types = run(mode, lambda: drain(platform_client(platform, mode, server.url("p"))))
    assert types == [name for name, _ in MESSAGE_EVENTS]


def test_platform_stream_cut_before_message_stop(server: FaultServer, mode: str, platform: str) -> None:
    server.routes["p"] = stream_route(platform, MESSAGE_EVENTS[:CUT_AFTER])
    with pytest.raises(anthropic.IncompleteStreamError) as caught:
        run(mode, lambda: drain(platform_client(platform, mode, server.url("p"))))
    assert caught.value.events_received == CUT_AFTER


def test_platform_stream_ending_inside_an_event(server: FaultServer, mode: str, platform: str) -> None:
    # Bedrock: half of the next binary frame; the others: half of the next event.
    next_event = MESSAGE_EVENTS[2]
    whole = bedrock_frames([next_event]) if platform == "bedrock" else sse_event(*next_event)
    server.routes["p"] = stream_route(platform, MESSAGE_EVENTS[:2], tail=whole[: len(whole) // 2])
    with pytest.raises(anthropic.IncompleteStreamError) as caught:
        run(mode, lambda: drain(platform_client(platform, mode, server.url("p"))))
    assert caught.value.events_received == 2


def test_platform_stream_reset(server: FaultServer, mode: str, platform: str) -> None:
    server.routes["p"] = stream_route(platform, MESSAGE_EVENTS[:2], end="reset")
    with pytest.raises(anthropic.APIConnectionError) as caught:
        run(mode, lambda: drain(platform_client(platform, mode, server.url("p"))))
    assert not isinstance(caught.value, anthropic.IncompleteStreamError)
    assert_caused_by_transport_error(caught.value)


def test_platform_helper_raises_on_incomplete_stream(server: FaultServer, mode: str, platform: str) -> None:
    server.routes["p"] = stream_route(platform, MESSAGE_EVENTS[:CUT_AFTER])

    async def steps() -> Any:
        client = platform_client(platform, mode, server.url("p"))
        try:
            async with client.messages.stream(**PARAMS) as stream:
                return await stream.get_final_message()
        finally:
            await close(client)

    with pytest.raises(anthropic.IncompleteStreamError):
        run(mode, steps)


def test_platform_ping_only_stream_times_out(server: FaultServer, mode: str, platform: str) -> None:
    if platform == "bedrock":

        def route(connection: Connection) -> None:
            connection.head(200, {"Content-Type": "application/vnd.amazon.eventstream"}, chunked=True)
            connection.chunk(bedrock_frames(MESSAGE_EVENTS[:1]))
            for _ in range(250):
                if not connection.chunk(bedrock_frames([("ping", {"type": "ping"})])):
                    return
                connection.wait(0.02)

    else:

        def route(connection: Connection) -> None:
            connection.head(200, SSE_HEADERS, chunked=True)
            connection.chunk(sse_event(*MESSAGE_EVENTS[0]))
            connection.sse_pings(0.02, limit_seconds=5)

    server.routes["p"] = route
    with pytest.raises(anthropic.APITimeoutError):
        run(mode, lambda: drain(platform_client(platform, mode, server.url("p"), stream_idle_timeout=0.15, timeout=5)))
    (request,) = server.requests_to("p")
    assert request.client_gone.wait(5)


def test_platform_cross_origin_redirect_drops_credentials(
    server: FaultServer, other_server: FaultServer, mode: str, platform: str
) -> None:
    def moved(connection: Connection) -> None:
        path = connection.request.path.split("/", 2)[2]
        connection.respond(307, b"", {"Location": f"{other_server.url('landing')}/{path}"})

    server.routes["moved"] = moved
    other_server.routes["landing"] = lambda connection: connection.respond_json(MESSAGE)

    async def steps() -> Any:
        client = platform_client(platform, mode, server.url("moved"))
        try:
            return await client.messages.create(**PARAMS)
        finally:
            await close(client)

    assert run(mode, steps).id == "msg_1"
    (original,) = server.requests_to("moved")
    (redirected,) = other_server.requests_to("landing")
    assert any(SECRET in value for value in original.headers.values()) or "authorization" in original.headers
    for name in ("authorization", "api-key", "x-amz-security-token"):
        assert name not in redirected.headers
    assert all(SECRET not in value for value in redirected.headers.values())


CREDENTIAL_PARAMETERS = {
    "bedrock": ["aws_access_key", "aws_secret_key", "aws_session_token", "default_headers"],
    "vertex": ["access_token", "default_headers"],
    "foundry": ["api_key", "env", "default_headers"],
}


@pytest.mark.parametrize(
    ("platform_name", "parameter"),
    [(name, parameter) for name, parameters in CREDENTIAL_PARAMETERS.items() for parameter in parameters],
)
def test_platform_credentials_with_line_breaks_are_refused(
    server: FaultServer, mode: str, monkeypatch: pytest.MonkeyPatch, platform_name: str, parameter: str
) -> None:
    if platform_name == "bedrock":
        require("botocore", "signing Bedrock requests")
    bad = SECRET + "\r\nX-Injected: yes"
    kwargs: dict[str, Any] = {}
    if parameter == "default_headers":
        kwargs["default_headers"] = {"Authorization": bad}
    elif parameter == "env":
        monkeypatch.setenv("ANTHROPIC_FOUNDRY_API_KEY", bad)
        kwargs["api_key"] = None
    else:
        kwargs[parameter] = bad

    async def steps() -> None:
        platform_client(platform_name, mode, server.url("never"), **kwargs)

    with pytest.raises(ValueError) as caught:
        run(mode, steps)
    message = str(caught.value)
    assert ("ANTHROPIC_FOUNDRY_API_KEY" if parameter == "env" else parameter) in message
    assert SECRET not in message and "Injected" not in message
    assert server.requests == []


def test_platform_clients_keep_the_idle_timeout_in_copies(mode: str, platform: str) -> None:
    async def steps() -> None:
        client = platform_client(platform, mode, "http://127.0.0.1:9", stream_idle_timeout=4.0)
        target = client.unwrapped if isinstance(client, AwaitableSync) else client
        assert target.stream_idle_timeout == 4.0
        assert target.with_options(timeout=1).stream_idle_timeout == 4.0
        assert target.copy(stream_idle_timeout=None).stream_idle_timeout is None
        default = platform_client(platform, mode, "http://127.0.0.1:9")
        default_target = default.unwrapped if isinstance(default, AwaitableSync) else default
        assert default_target.stream_idle_timeout == anthropic.DEFAULT_STREAM_IDLE_TIMEOUT
        await close(client)
        await close(default)

    run(mode, steps)
