"""Benchmark workloads, each run in a fresh child process of a venv's interpreter.

Usage:  python -I workloads.py WORKLOAD SLOT URL [key=value ...]

SLOT "sdk" does the work through the `anthropic` package installed in the
running interpreter's venv (official or ours: only the public API is used);
SLOT "floor" does the same HTTP work with raw httpx + json.  The result is
printed as one JSON object on stdout.

Only `time` and `sys` are imported at module level: the import workloads time
the first import of everything else, so nothing heavy may load before them.
"""

import time

_SCRIPT_START = time.perf_counter()

import sys  # noqa: E402  (always already loaded; imported after the clock on purpose)

MODEL = "claude-sonnet-4-5-20250929"
MESSAGES = [{"role": "user", "content": "Hello, Claude"}]
MAX_TOKENS = 1024
BATCH_ID = "msgbatch_bench"
FLOOR_HEADERS = {
    "x-api-key": "x",
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
    "accept": "application/json",
}

perf_counter = time.perf_counter


# ---------------------------------------------------------------- helpers


def peak_rss_kib() -> int:
    import resource  # tiny C module, loaded only after the thing being measured

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def median(values: list) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def bounded_timings(action, count: int, max_seconds: float) -> list:
    """Times `action` up to `count` times, stopping early once `max_seconds` have passed."""
    durations = []
    deadline = perf_counter() + max_seconds
    for _ in range(max(1, count)):
        started = perf_counter()
        action()
        durations.append(perf_counter() - started)
        if perf_counter() > deadline:
            break
    return durations


def request_body(stream: bool = False) -> bytes:
    import json

    body = {"max_tokens": MAX_TOKENS, "messages": MESSAGES, "model": MODEL}
    if stream:
        body["stream"] = True
    return json.dumps(body).encode()


def sdk_client(url: str):
    import anthropic

    return anthropic.Anthropic(api_key="x", base_url=url, max_retries=0)


def floor_client(url: str):
    """An httpx client configured like the SDK's: same pool limits, generous timeout."""
    import httpx

    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
    return httpx.Client(base_url=url, limits=limits, timeout=600.0)


def floor_async_client(url: str):
    import httpx

    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
    return httpx.AsyncClient(base_url=url, limits=limits, timeout=600.0)


def floor_post_message(client, path: str = "/v1/messages") -> object:
    import json

    response = client.post(path, content=request_body(), headers=FLOOR_HEADERS)
    return json.loads(response.content)


def sdk_create_message(client) -> object:
    return client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL)


# ---------------------------------------------------------------- workloads


def wl_startup(slot: str, url: str, params: dict) -> dict:
    """Nothing: the parent's process wall time for this is the interpreter baseline."""
    return {}


def wl_import(slot: str, url: str, params: dict) -> dict:
    started = perf_counter()
    if slot == "sdk":
        import anthropic  # noqa: F401
    else:
        import httpx  # noqa: F401
        import pydantic  # noqa: F401
    import_s = perf_counter() - started
    module_count = len(sys.modules)  # before anything else is imported
    return {"import_s": import_s, "modules": module_count, "rss_kib": peak_rss_kib()}


def wl_first_request(slot: str, url: str, params: dict) -> dict:
    """Import + client + one create, timed from the first line of this script."""
    if slot == "sdk":
        import anthropic

        imported = perf_counter()
        client = anthropic.Anthropic(api_key="x", base_url=url, max_retries=0)
        message = sdk_create_message(client)
        ok = bool(message.content[0].text)
    else:
        import httpx  # noqa: F401
        import pydantic  # noqa: F401

        imported = perf_counter()
        client = floor_client(url)
        ok = bool(floor_post_message(client)["content"][0]["text"])
    finished = perf_counter()
    rss = peak_rss_kib()
    client.close()
    return {
        "total_s": finished - _SCRIPT_START,
        "import_s": imported - _SCRIPT_START,
        "rss_kib": rss,
        "ok": ok,
    }


def wl_construct(slot: str, url: str, params: dict) -> dict:
    if slot == "sdk":
        import anthropic

        def make():
            return anthropic.Anthropic(api_key="x", base_url=url)
    else:
        import httpx

        def make():
            return httpx.Client(base_url=url)

    made = []  # closed after timing so close() is not part of the measurement

    def construct_once():
        made.append(make())

    bounded_timings(construct_once, params.get("warmup", 5), 2.0)
    timings = bounded_timings(construct_once, params.get("n", 200), params.get("seconds", 3.0))
    for client in made:
        client.close()
    return {"construct_s": median(timings), "count": len(timings)}


def wl_sync_create(slot: str, url: str, params: dict) -> dict:
    if slot == "sdk":
        client = sdk_client(url)

        def one_request():
            sdk_create_message(client)
    else:
        client = floor_client(url)

        def one_request():
            floor_post_message(client)

    bounded_timings(one_request, params.get("warmup", 50), 5.0)
    started = perf_counter()
    timings = bounded_timings(one_request, params.get("n", 500), params.get("seconds", 10.0))
    elapsed = perf_counter() - started
    client.close()
    return {"per_request_s": elapsed / len(timings), "median_request_s": median(timings), "count": len(timings)}


async def _drain(call, total: int, concurrency: int, max_seconds: float) -> int:
    """Runs `total` calls through `concurrency` worker tasks; returns how many completed."""
    import asyncio

    remaining = [total]
    done = [0]
    deadline = perf_counter() + max_seconds

    async def worker():
        while remaining[0] > 0 and perf_counter() < deadline:
            remaining[0] -= 1
            await call()
            done[0] += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done[0]


async def _async_create(slot: str, url: str, params: dict) -> dict:
    import json

    concurrency = params.get("concurrency", 32)
    if slot == "sdk":
        import anthropic

        client = anthropic.AsyncAnthropic(api_key="x", base_url=url, max_retries=0)

        async def call():
            await client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL)

        close = client.close
    else:
        client = floor_async_client(url)

        async def call():
            response = await client.post("/v1/messages", content=request_body(), headers=FLOOR_HEADERS)
            json.loads(response.content)

        close = client.aclose

    await _drain(call, params.get("warmup", 64), concurrency, 5.0)
    started = perf_counter()
    count = await _drain(call, params.get("n", 1000), concurrency, params.get("seconds", 10.0))
    elapsed = perf_counter() - started
    await close()
    return {"per_request_s": elapsed / max(1, count), "count": count, "concurrency": concurrency}


def wl_async_create(slot: str, url: str, params: dict) -> dict:
    import asyncio

    return asyncio.run(_async_create(slot, url, params))


def floor_stream_events(client) -> int:
    """The floor for SSE: iterate lines and json.loads every data line."""
    import json

    events = 0
    with client.stream("POST", "/v1/messages", content=request_body(stream=True), headers=FLOOR_HEADERS) as resp:
        for line in resp.iter_lines():
            if line.startswith("data:"):
                json.loads(line[5:])
                events += 1
    return events


def _throughput(run_once, params: dict, unit_key: str) -> dict:
    """Warm-up run(s) first, then a few timed complete runs; reports the median run and its rate."""
    for _ in range(params.get("warmup_runs", 1)):
        run_once()
    counts = []
    timings = bounded_timings(lambda: counts.append(run_once()), params.get("runs", 3), params.get("seconds", 10.0))
    seconds = median(timings)
    units = counts[-1]
    return {"run_s": seconds, unit_key: units, f"{unit_key}_per_s": units / seconds, "runs": len(timings)}


def wl_stream_create(slot: str, url: str, params: dict) -> dict:
    if slot == "sdk":
        client = sdk_client(url)

        def run_once():
            events = 0
            stream = client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL, stream=True)
            for _event in stream:
                events += 1
            return events
    else:
        client = floor_client(url)

        def run_once():
            return floor_stream_events(client)

    result = _throughput(run_once, params, "events")
    client.close()
    return result


def wl_stream_helper(slot: str, url: str, params: dict) -> dict:
    """messages.stream() + text_stream.  Rate is over all SSE events the helper consumed."""
    expected_events = params.get("events", 20000)
    checks = {}
    if slot == "sdk":
        client = sdk_client(url)

        def run_once():
            text_length = 0
            with client.messages.stream(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL) as stream:
                for text in stream.text_stream:
                    text_length += len(text)
            checks["text_length"] = text_length
            return expected_events
    else:
        client = floor_client(url)

        def run_once():
            return floor_stream_events(client)

    result = _throughput(run_once, params, "events")
    result.update(checks)
    if "text_length" in checks and params.get("text_length"):
        result["ok"] = checks["text_length"] == params["text_length"]
    client.close()
    return result


def wl_batch_results(slot: str, url: str, params: dict) -> dict:
    checks = {}
    if slot == "sdk":
        client = sdk_client(url)

        def run_once():
            lines = 0
            first = None
            for item in client.messages.batches.results(BATCH_ID):
                if first is None:
                    first = item
                lines += 1
            checks["first_item_type"] = type(first).__name__
            return lines
    else:
        import json

        client = floor_client(url)

        def run_once():
            # Same two requests the SDK makes: retrieve the batch, then stream its results_url.
            batch = json.loads(client.get(f"/v1/messages/batches/{BATCH_ID}", headers=FLOOR_HEADERS).content)
            lines = 0
            with client.stream("GET", batch["results_url"], headers=FLOOR_HEADERS) as response:
                for line in response.iter_lines():
                    if line:
                        json.loads(line)
                        lines += 1
            return lines

    result = _throughput(run_once, params, "lines")
    result.update(checks)
    client.close()
    return result


def _check_parsed_message(message) -> dict:
    """Both SDKs must build typed models (not dicts), like the official SDK does."""
    import anthropic.types as types

    first = message.content[0]
    return {
        "message_type": type(message).__name__,
        "block_type": type(first).__name__,
        "ok": isinstance(message, types.Message) and isinstance(first, types.TextBlock),
        "blocks": len(message.content),
    }


def wl_parse_big(slot: str, url: str, params: dict) -> dict:
    """Times only .parse() on fresh raw-response objects (parse results are cached per object)."""
    import json

    count = params.get("n", 30)
    max_seconds = params.get("seconds", 8.0)
    parse_timings, loads_timings, checks = [], [], {}
    if slot == "sdk":
        client = sdk_client(url + "/big")
        deadline = perf_counter() + max_seconds
        for index in range(count + params.get("warmup", 3)):
            raw = client.messages.with_raw_response.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL)
            body = raw.http_response.content
            started = perf_counter()
            message = raw.parse()
            parsed = perf_counter()
            json.loads(body)  # reference cost on the very same bytes, same process
            loaded = perf_counter()
            if index == 0:
                checks = _check_parsed_message(message)
                continue  # first round is warm-up
            parse_timings.append(parsed - started)
            loads_timings.append(loaded - parsed)
            if perf_counter() > deadline:
                break
        result = {"parse_s": median(parse_timings), "json_loads_s": median(loads_timings), "count": len(parse_timings)}
        result.update(checks)
    else:
        client = floor_client(url)
        body = client.post("/big/v1/messages", content=request_body(), headers=FLOOR_HEADERS).content
        loads_timings = bounded_timings(lambda: json.loads(body), count, max_seconds)
        result = {"json_loads_s": median(loads_timings), "count": len(loads_timings), "body_bytes": len(body)}
    client.close()
    return result


def wl_models_list(slot: str, url: str, params: dict) -> dict:
    page_size = params.get("limit", 100)
    if slot == "sdk":
        client = sdk_client(url)

        def run_once():
            return sum(1 for _model in client.models.list(limit=page_size))
    else:
        import json

        client = floor_client(url)

        def run_once():
            items, query = 0, {"limit": page_size}
            for _page in range(10_000):  # bound: far more pages than the server has
                page = json.loads(client.get("/v1/models", params=query, headers=FLOOR_HEADERS).content)
                for _model in page["data"]:
                    items += 1
                if not page.get("has_more"):
                    break
                query = {"limit": page_size, "after_id": page["last_id"]}
            return items

    result = _throughput(run_once, params, "items")
    result["per_item_s"] = result["run_s"] / max(1, result["items"])
    client.close()
    return result


WORKLOADS = {
    "startup": wl_startup,
    "import": wl_import,
    "first_request": wl_first_request,
    "construct": wl_construct,
    "sync_create": wl_sync_create,
    "async_create": wl_async_create,
    "stream_create": wl_stream_create,
    "stream_helper": wl_stream_helper,
    "batch_results": wl_batch_results,
    "parse_big": wl_parse_big,
    "models_list": wl_models_list,
}


def parse_params(pairs: list) -> dict:
    """key=value pairs; numbers become int/float so workloads can use them directly."""
    params = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            params[key] = int(value)
        except ValueError:
            try:
                params[key] = float(value)
            except ValueError:
                params[key] = value
    return params


def main(argv: list) -> int:
    if len(argv) < 3 or argv[0] not in WORKLOADS or argv[1] not in ("sdk", "floor"):
        sys.stderr.write(f"usage: workloads.py {{{'|'.join(WORKLOADS)}}} {{sdk|floor}} URL [key=value ...]\n")
        return 2
    name, slot, url = argv[0], argv[1], argv[2]
    result = WORKLOADS[name](slot, url, parse_params(argv[3:]))
    import json  # only after the work: the import workloads must not see it preloaded

    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
