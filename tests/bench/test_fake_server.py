"""Smoke test for the benchmark's fake Anthropic server: response shapes only, no timings."""

import json
import sys
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")

BENCHMARKS_DIR = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS_DIR))

import fake_server  # noqa: E402  (found through the path added just above)

REQUEST = {"max_tokens": 16, "messages": [{"role": "user", "content": "hi"}], "model": fake_server.MODEL}
MESSAGE_KEYS = {"id", "type", "role", "model", "content", "stop_reason", "stop_sequence", "usage"}


@pytest.fixture(scope="module")
def base_url():
    with fake_server.ServerProcess(max_seconds=120) as server:
        assert server.url.startswith("http://127.0.0.1:")
        yield server.url


@pytest.fixture
def client(base_url):
    with httpx.Client(base_url=base_url, timeout=30) as http:
        yield http


def assert_message_shape(message: dict) -> None:
    assert set(message) == MESSAGE_KEYS
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["usage"]["service_tier"] == "standard"
    assert message["usage"]["cache_read_input_tokens"] is None


def test_message(client):
    response = client.post("/v1/messages", json=REQUEST)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    message = response.json()
    assert_message_shape(message)
    assert message["content"][0] == {"type": "text", "text": message["content"][0]["text"], "citations": None}


def test_sse_stream(client):
    events = []
    with client.stream("POST", "/v1/messages", json={**REQUEST, "stream": True}) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        event_name = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                event_name = line[len("event: ") :]
            elif line.startswith("data: "):
                data = json.loads(line[len("data: ") :])
                assert data["type"] == event_name
                events.append(data)
    assert len(events) == fake_server.SSE_EVENT_COUNT == 20_000
    types = [event["type"] for event in events]
    assert types[:2] == ["message_start", "content_block_start"]
    assert types[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    deltas = events[2:-3]
    assert all(d["type"] == "content_block_delta" and d["delta"]["type"] == "text_delta" for d in deltas)
    assert sum(len(d["delta"]["text"]) for d in deltas) == fake_server.stream_text_length()
    assert_message_shape(events[0]["message"])


def test_big_message(client):
    message = client.post("/big/v1/messages", json=REQUEST).json()
    assert_message_shape(message)
    assert len(message["content"]) == fake_server.BIG_BLOCK_COUNT == 500
    assert {block["type"] for block in message["content"]} == {"text", "tool_use", "thinking"}
    assert message["content"][1]["input"]["location"]["city"] == "Paris"


def test_batch_retrieve_and_results(client, base_url):
    batch = client.get("/v1/messages/batches/msgbatch_x").json()
    assert batch["type"] == "message_batch" and batch["processing_status"] == "ended"
    assert batch["results_url"] == f"{base_url}/v1/messages/batches/msgbatch_x/results"
    with client.stream("GET", batch["results_url"]) as response:
        lines = [json.loads(line) for line in response.iter_lines() if line]
    assert len(lines) == fake_server.JSONL_LINE_COUNT == 10_000
    assert len({line["custom_id"] for line in lines}) == len(lines)
    assert all(line["result"]["type"] == "succeeded" for line in lines)
    assert_message_shape(lines[0]["result"]["message"])


def test_short_sse_stream_for_concurrent_streams(client):
    with client.stream("POST", "/c/v1/messages", json={**REQUEST, "stream": True}) as response:
        data = [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: ")]
    assert len(data) == fake_server.CONCURRENT_SSE_EVENT_COUNT == 500
    assert data[0]["type"] == "message_start" and data[-1]["type"] == "message_stop"
    text = "".join(d["delta"]["text"] for d in data if d["type"] == "content_block_delta")
    assert len(text) == fake_server.stream_text_length(fake_server.CONCURRENT_SSE_EVENT_COUNT)
    assert client.post("/c/v1/messages", json=REQUEST).json()["type"] == "message"


def test_big_jsonl_results_are_written_whole_under_flow_control(client, base_url):
    batch = client.get(f"/v1/messages/batches/{fake_server.BIG_BATCH_ID}").json()
    assert batch["request_counts"]["succeeded"] == fake_server.big_jsonl_line_count()
    total = newlines = 0
    with client.stream("GET", batch["results_url"]) as response:
        assert int(response.headers["content-length"]) == fake_server.big_jsonl_bytes() >= 100 * 1024 * 1024
        first = b""
        for chunk in response.iter_raw():
            if len(first) < 20_000:
                first += chunk[:20_000]
            total += len(chunk)
            newlines += chunk.count(b"\n")
    assert total == fake_server.big_jsonl_bytes()
    assert newlines == fake_server.big_jsonl_line_count()
    line = json.loads(first.split(b"\n", 1)[0])
    assert_message_shape(line["result"]["message"])
    assert len(line["result"]["message"]["content"][0]["text"]) == fake_server.BIG_JSONL_TEXT_CHARS
    # The connection is reusable afterwards (keep-alive after a streamed body).
    assert client.get("/v1/messages/batches/msgbatch_x").json()["id"] == "msgbatch_x"


def test_models_pages_chain(client):
    seen, query, pages = [], {"limit": 100}, 0
    while pages < 50:  # bounded: the server has 10 pages of 100
        page = client.get("/v1/models", params=query).json()
        pages += 1
        assert set(page) == {"data", "has_more", "first_id", "last_id"}
        assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]
        seen.extend(model["id"] for model in page["data"])
        if not page["has_more"]:
            break
        query = {"limit": 100, "after_id": page["last_id"]}
    assert pages == 10
    assert len(seen) == len(set(seen)) == fake_server.MODEL_COUNT
    first = client.get("/v1/models", params={"limit": 1}).json()["data"][0]
    assert set(first) == {"type", "id", "display_name", "created_at"} and first["type"] == "model"
    backward = client.get("/v1/models", params={"limit": 5, "before_id": seen[10]}).json()
    assert [model["id"] for model in backward["data"]] == seen[5:10] and backward["has_more"] is True


def test_unknown_route_is_an_api_error(client):
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "not_found_error"
