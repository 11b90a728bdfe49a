"""A tool that raises: logged at ERROR on the runner's logger (naming the tool, with the
traceback), and sent back to the model as an `is_error` tool result; the run goes on."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from anthropic import Anthropic, beta_tool

TOOL_USE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "m",
    "content": [{"type": "tool_use", "id": "toolu_1", "name": "explode", "input": {"x": 1}}],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}
DONE = {**TOOL_USE, "id": "msg_2", "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn"}


@beta_tool
def explode(x: int) -> str:
    """Fail on purpose."""
    raise ValueError(f"cannot handle {x}")


def test_a_failing_tool_is_logged_and_reported_to_the_model(caplog: pytest.LogCaptureFixture) -> None:
    bodies: list[dict[str, Any]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=TOOL_USE if len(bodies) == 1 else DONE)

    client = Anthropic(
        api_key="k", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    with caplog.at_level(logging.ERROR, logger="anthropic.lib.tools._beta_runner"):
        final = client.beta.messages.tool_runner(
            max_tokens=16, model="m", tools=[explode], messages=[{"role": "user", "content": "go"}]
        ).until_done()
    assert final.content[0].text == "ok"  # type: ignore[union-attr]
    (record,) = [r for r in caplog.records if r.name == "anthropic.lib.tools._beta_runner"]
    assert record.levelno == logging.ERROR and "explode" in record.getMessage()
    assert record.exc_info is not None and isinstance(record.exc_info[1], ValueError)
    assert bodies[1]["messages"][-1]["content"] == [
        {"type": "tool_result", "tool_use_id": "toolu_1", "content": "ValueError('cannot handle 1')", "is_error": True}
    ]
