"""Benchmark workloads, each run in a fresh child process of a venv's interpreter.

Usage:  python -I workloads.py WORKLOAD SLOT URL [key=value ...]
(run.py imports it instead, see CHILD_CODE there, so that it is not compiled on every run)

SLOT "sdk" does the work through the `anthropic` package installed in the
running interpreter's venv (official or ours: only the public API is used);
SLOT "floor" does the same work with raw httpx + json.  The request-level
workloads (sync_create onwards) always measure both, in alternating rounds in
the same process, and ignore SLOT.  The result is one JSON object on stdout.

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


# Paired workloads: the SDK and the floor run in the same process, in alternating
# rounds, so drift and noisy neighbours on a shared 2-core box hit both alike and
# "overhead above floor" is a per-round difference rather than a difference of
# two noisy numbers taken in different processes.


def paired_rounds(sdk_round, floor_round, rounds: int, max_seconds: float) -> tuple:
    """Alternates SDK and floor rounds (order flipped every round); each round returns its unit count.

    Records wall time and this process's CPU time: the client is single-threaded, so its CPU
    time is its own work, unaffected by time spent descheduled when the box is busy."""
    timings = {"sdk": [], "floor": []}
    deadline = perf_counter() + max_seconds
    for index in range(max(1, rounds)):
        order = [("sdk", sdk_round), ("floor", floor_round)]
        if index % 2:
            order.reverse()
        for name, round_function in order:
            started, started_cpu = perf_counter(), time.process_time()
            units = round_function()
            if isinstance(units, tuple):  # the round timed its own core: (wall, cpu, units)
                timings[name].append(units)
            else:
                timings[name].append((perf_counter() - started, time.process_time() - started_cpu, units))
        if perf_counter() > deadline:
            break
    return timings["sdk"], timings["floor"]


def paired_summary(sdk: list, floor: list) -> dict:
    """Per-unit seconds and rates (medians over rounds) plus per-round paired comparisons."""
    sdk_wall = [wall / max(1, units) for wall, _cpu, units in sdk]
    floor_wall = [wall / max(1, units) for wall, _cpu, units in floor]
    sdk_cpu = [cpu / max(1, units) for _wall, cpu, units in sdk]
    floor_cpu = [cpu / max(1, units) for _wall, cpu, units in floor]
    wall_pairs = list(zip(sdk_wall, floor_wall, strict=True))
    cpu_pairs = list(zip(sdk_cpu, floor_cpu, strict=True))
    return {
        "per_unit_s": median(sdk_wall),
        "floor_per_unit_s": median(floor_wall),
        "rate": 1 / median(sdk_wall),
        "floor_rate": 1 / median(floor_wall),
        "vs_floor": median([s / f for s, f in wall_pairs]),  # time ratio: 2.0 means twice the floor's time
        "overhead_s": median([s - f for s, f in wall_pairs]),
        "cpu_per_unit_s": median(sdk_cpu),
        "floor_cpu_per_unit_s": median(floor_cpu),
        "cpu_overhead_s": median([s - f for s, f in cpu_pairs]),
        "units": sdk[-1][2],
        "floor_units": floor[-1][2],
        "rounds": len(wall_pairs),
    }


def run_paired(sdk_round, floor_round, sdk_warmup, floor_warmup, params: dict) -> dict:
    sdk_warmup()
    floor_warmup()
    sdk, floor = paired_rounds(sdk_round, floor_round, params.get("rounds", 3), params.get("seconds", 10.0))
    return paired_summary(sdk, floor)


def repeat_calls(call, count: int):
    """A round of `count` sequential calls; returns the count as its unit total."""

    def round_function():
        for _ in range(count):
            call()
        return count

    return round_function


def wl_sync_create(slot: str, url: str, params: dict) -> dict:
    sdk = sdk_client(url)
    floor = floor_client(url)
    per_round, warmup = params.get("per_round", 100), params.get("warmup", 50)
    result = run_paired(
        repeat_calls(lambda: sdk_create_message(sdk), per_round),
        repeat_calls(lambda: floor_post_message(floor), per_round),
        repeat_calls(lambda: sdk_create_message(sdk), warmup),
        repeat_calls(lambda: floor_post_message(floor), warmup),
        params,
    )
    sdk.close()
    floor.close()
    return result


async def drain(call, total: int, concurrency: int) -> int:
    """Runs `total` awaitable calls through `concurrency` worker tasks."""
    import asyncio

    remaining = [total]

    async def worker():
        while remaining[0] > 0:
            remaining[0] -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total


def wl_async_create(slot: str, url: str, params: dict) -> dict:
    """AsyncAnthropic vs httpx.AsyncClient with `concurrency` tasks in flight, one event loop.

    Every round uses a fresh client whose pool is first filled by an untimed burst: httpx's
    async pool costs O(connections x waiting requests) per request, and idle connections
    expire after 5 s, so a long-lived pool drifts between regimes mid-measurement."""
    import asyncio
    import json

    import anthropic

    loop = asyncio.new_event_loop()
    concurrency = params.get("concurrency", 32)
    per_round = params.get("per_round", 100)

    def make_sdk():
        client = anthropic.AsyncAnthropic(api_key="x", base_url=url, max_retries=0)

        async def call():
            await client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL)

        return call, client.close

    def make_floor():
        client = floor_async_client(url)

        async def call():
            response = await client.post("/v1/messages", content=request_body(), headers=FLOOR_HEADERS)
            json.loads(response.content)

        return call, client.aclose

    def fresh_client_round(make_client, count):
        async def measured_round():
            call, close = make_client()
            await drain(call, concurrency, concurrency)  # opens the pool's connections, untimed
            started, started_cpu = perf_counter(), time.process_time()
            await drain(call, count, concurrency)
            measured = (perf_counter() - started, time.process_time() - started_cpu, count)
            await close()
            return measured

        return lambda: loop.run_until_complete(measured_round())

    try:
        result = run_paired(
            fresh_client_round(make_sdk, per_round),
            fresh_client_round(make_floor, per_round),
            fresh_client_round(make_sdk, params.get("warmup", 64)),
            fresh_client_round(make_floor, params.get("warmup", 64)),
            params,
        )
    finally:
        loop.close()
    result["concurrency"] = concurrency
    return result


def floor_stream_events(client, limit: int | None = None) -> int:
    """The SSE floor: iterate lines, json.loads every data line (stops after `limit` events)."""
    import json

    events = 0
    with client.stream("POST", "/v1/messages", content=request_body(stream=True), headers=FLOOR_HEADERS) as resp:
        for line in resp.iter_lines():
            if line.startswith("data:"):
                json.loads(line[5:])
                events += 1
                if events == limit:
                    break
    return events


def sdk_stream_events(client, limit: int | None = None) -> int:
    events = 0
    stream = client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL, stream=True)
    for _event in stream:
        events += 1
        if events == limit:
            break
    stream.close()
    return events


def wl_stream_create(slot: str, url: str, params: dict) -> dict:
    sdk, floor = sdk_client(url), floor_client(url)
    warm = params.get("warmup_events", 500)  # a partial stream warms every code path cheaply
    result = run_paired(
        lambda: sdk_stream_events(sdk),
        lambda: floor_stream_events(floor),
        lambda: sdk_stream_events(sdk, warm),
        lambda: floor_stream_events(floor, warm),
        params,
    )
    sdk.close()
    floor.close()
    return result


def wl_stream_helper(slot: str, url: str, params: dict) -> dict:
    """messages.stream() + text_stream.  The rate counts every SSE event the helper consumed."""
    sdk, floor = sdk_client(url), floor_client(url)
    expected_events = params.get("events", 20000)
    seen = {}

    def helper_run(limit=None):
        text_length = chunks = 0
        with sdk.messages.stream(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL) as stream:
            for text in stream.text_stream:
                text_length += len(text)
                chunks += 1
                if chunks == limit:
                    return chunks
        seen["text_length"] = text_length
        return expected_events

    warm = params.get("warmup_events", 500)
    result = run_paired(
        helper_run,
        lambda: floor_stream_events(floor),
        lambda: helper_run(warm),
        lambda: floor_stream_events(floor, warm),
        params,
    )
    result["text_length"] = seen.get("text_length")
    if params.get("text_length"):
        result["ok"] = seen.get("text_length") == params["text_length"]
    sdk.close()
    floor.close()
    return result


def wl_batch_results(slot: str, url: str, params: dict) -> dict:
    import json

    sdk, floor = sdk_client(url), floor_client(url)
    seen = {}

    def sdk_run(limit=None):
        lines = 0
        results = sdk.messages.batches.results(BATCH_ID)
        for item in results:
            if lines == 0:
                seen["first_item_type"] = type(item).__name__
            lines += 1
            if lines == limit:
                break
        results.close()
        return lines

    def floor_run(limit=None):
        # The same two requests the SDK makes: retrieve the batch, then stream its results_url.
        batch = json.loads(floor.get(f"/v1/messages/batches/{BATCH_ID}", headers=FLOOR_HEADERS).content)
        lines = 0
        with floor.stream("GET", batch["results_url"], headers=FLOOR_HEADERS) as response:
            for line in response.iter_lines():
                if line:
                    json.loads(line)
                    lines += 1
                    if lines == limit:
                        break
        return lines

    warm = params.get("warmup_lines", 300)
    result = run_paired(sdk_run, floor_run, lambda: sdk_run(warm), lambda: floor_run(warm), params)
    result.update(seen)
    sdk.close()
    floor.close()
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
    """Times only .parse() on fresh raw-response objects (parse results are cached per object),
    and json.loads of the very same body bytes right after it, in the same process."""
    import json

    client = sdk_client(url + "/big")
    count, warmup = params.get("n", 30), params.get("warmup", 3)
    deadline = perf_counter() + params.get("seconds", 8.0)
    parse_timings, loads_timings, checks = [], [], {}
    for index in range(warmup + count):
        raw = client.messages.with_raw_response.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL)
        body = raw.http_response.content
        started = perf_counter()
        message = raw.parse()
        parsed = perf_counter()
        json.loads(body)
        loaded = perf_counter()
        if index == 0:
            checks = _check_parsed_message(message)
        if index < warmup:
            continue
        parse_timings.append(parsed - started)
        loads_timings.append(loaded - parsed)
        if perf_counter() > deadline:
            break
    client.close()
    return {
        "parse_s": median(parse_timings),
        "json_loads_s": median(loads_timings),
        "vs_floor": median([p / j for p, j in zip(parse_timings, loads_timings, strict=True)]),
        "body_bytes": len(body),
        "count": len(parse_timings),
        **checks,
    }


def wl_models_list(slot: str, url: str, params: dict) -> dict:
    import json

    page_size = params.get("limit", 100)
    sdk, floor = sdk_client(url), floor_client(url)

    def sdk_run():
        return sum(1 for _model in sdk.models.list(limit=page_size))

    def floor_run():
        items, query = 0, {"limit": page_size}
        for _page in range(10_000):  # bound: far more pages than the server has
            page = json.loads(floor.get("/v1/models", params=query, headers=FLOOR_HEADERS).content)
            for _model in page["data"]:
                items += 1
            if not page.get("has_more"):
                break
            query = {"limit": page_size, "after_id": page["last_id"]}
        return items

    result = run_paired(sdk_run, floor_run, sdk_run, floor_run, params)
    sdk.close()
    floor.close()
    return result


# ---------------------------------------------------------------- scale workloads


def current_rss_kib() -> int:
    """Resident set size now (not the peak): /proc/self/statm, in KiB."""
    import os

    with open("/proc/self/statm") as handle:
        resident_pages = int(handle.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") // 1024


def wl_concurrent_streams(slot: str, url: str, params: dict) -> dict:
    """`streams` concurrent create(stream=True) on ONE AsyncAnthropic vs as many raw streams on
    one raw client (httpx.AsyncClient; an aiohttp ClientSession for backend=aiohttp), in paired
    rounds on one event loop.  Each round uses fresh clients whose pools are first filled by
    `streams` concurrent small requests, untimed (see wl_async_create).  Every stream counts its
    own events; `fairness` is the share of its events the slowest stream had received when the
    first stream finished, and `max_first_event_s` the longest wait for a first event."""
    import asyncio
    import json

    import anthropic

    backend = params.get("backend", "httpx")
    streams = params.get("streams", 64)
    expected = params.get("events", 500)
    loop = asyncio.new_event_loop()
    seen: dict = {"counts": [], "floor_counts": [], "fairness": [], "floor_fairness": [], "first_event_s": []}

    def sdk_client():
        http_client = anthropic.DefaultAioHttpClient() if backend == "aiohttp" else None
        return anthropic.AsyncAnthropic(api_key="x", base_url=url + "/c", max_retries=0, http_client=http_client)

    async def sdk_small(client):
        await client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL)

    async def sdk_stream(client, index, counts, first_event, started):
        stream = await client.messages.create(max_tokens=MAX_TOKENS, messages=MESSAGES, model=MODEL, stream=True)
        async for _event in stream:
            if counts[index] == 0:
                first_event[index] = perf_counter() - started
            counts[index] += 1

    def floor_session():
        if backend == "aiohttp":
            import aiohttp

            return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1000))
        return floor_async_client(url)

    async def floor_small(session):
        if backend == "aiohttp":
            async with session.post(url + "/c/v1/messages", data=request_body(), headers=FLOOR_HEADERS) as response:
                json.loads(await response.read())
            return
        response = await session.post("/c/v1/messages", content=request_body(), headers=FLOOR_HEADERS)
        json.loads(response.content)

    async def floor_stream(session, index, counts, first_event, started):
        body = request_body(stream=True)
        if backend == "aiohttp":
            # Chunks as they arrive, split into lines by hand (faster than aiohttp's readline).
            async with session.post(url + "/c/v1/messages", data=body, headers=FLOOR_HEADERS) as response:
                pending = b""
                async for chunk in response.content.iter_any():
                    lines = (pending + chunk).split(b"\n")
                    pending = lines.pop()
                    for line in lines:
                        if line.startswith(b"data:"):
                            json.loads(line[5:])
                            if counts[index] == 0:
                                first_event[index] = perf_counter() - started
                            counts[index] += 1
            return
        async with session.stream("POST", "/c/v1/messages", content=body, headers=FLOOR_HEADERS) as response:
            async for line in response.aiter_lines():
                if line.startswith("data:"):
                    json.loads(line[5:])
                    if counts[index] == 0:
                        first_event[index] = perf_counter() - started
                    counts[index] += 1

    async def run_streams(client, one_stream, how_many) -> tuple:
        counts = [0] * how_many
        first_event = [0.0] * how_many
        at_first_finish: list = []
        started = perf_counter()

        async def runner(index):
            await one_stream(client, index, counts, first_event, started)
            if not at_first_finish:
                at_first_finish.append(list(counts))

        await asyncio.gather(*(runner(i) for i in range(how_many)))
        return counts, at_first_finish[0], first_event

    def round_function(sdk: bool, how_many: int, record: bool):
        async def measured_round():
            client = sdk_client() if sdk else floor_session()
            small, one_stream = (sdk_small, sdk_stream) if sdk else (floor_small, floor_stream)
            await asyncio.gather(*(small(client) for _ in range(how_many)))  # fills the pool, untimed
            began, began_cpu = perf_counter(), time.process_time()
            counts, at_first_finish, first_event = await run_streams(client, one_stream, how_many)
            measured = (perf_counter() - began, time.process_time() - began_cpu, sum(counts))
            if sdk or backend == "aiohttp":
                await client.close()
            else:
                await client.aclose()
            if record:
                prefix = "" if sdk else "floor_"
                seen[prefix + "counts"].append(counts)
                seen[prefix + "fairness"].append(min(at_first_finish) / expected)
                if sdk:
                    seen["first_event_s"].append(max(first_event))
            return measured

        return lambda: loop.run_until_complete(measured_round())

    warm = params.get("warmup_streams", 8)
    try:
        result = run_paired(
            round_function(True, streams, True),
            round_function(False, streams, True),
            round_function(True, warm, False),
            round_function(False, warm, False),
            params,
        )
    finally:
        loop.close()
    sdk_counts = [c for counts in seen["counts"] for c in counts]
    floor_counts = [c for counts in seen["floor_counts"] for c in counts]
    result.update(
        {
            "backend": backend,
            "streams": streams,
            "min_stream_events": min(sdk_counts),
            "max_stream_events": max(sdk_counts),
            "floor_min_stream_events": min(floor_counts),
            "fairness": min(seen["fairness"]),
            "floor_fairness": min(seen["floor_fairness"]),
            "max_first_event_s": max(seen["first_event_s"]),
            "ok": len(sdk_counts) == len(floor_counts) and all(c == expected for c in sdk_counts + floor_counts),
        }
    )
    return result


def wl_streams64_httpx(slot: str, url: str, params: dict) -> dict:
    return wl_concurrent_streams(slot, url, {**params, "backend": "httpx"})


def wl_streams64_aiohttp(slot: str, url: str, params: dict) -> dict:
    return wl_concurrent_streams(slot, url, {**params, "backend": "aiohttp"})


def wl_sequential(slot: str, url: str, params: dict) -> dict:
    """`n` sequential small requests through the SDK, each followed by the same request through
    raw httpx (paired, as in the other request rows: load on the shared machine then hits both
    alike).  Compares the first and the last 100 pairs: the SDK's median time per request and its
    median time ratio to the floor; and the process's memory after pair 100 and after the last
    pair (RSS and live objects, each after a full collection)."""
    import gc

    count, window = params.get("n", 1000), params.get("window", 100)
    sdk, floor = sdk_client(url), floor_client(url)
    sdk_times, floor_times, ok = [], [], True
    marks = {}
    for index in range(count):
        started = perf_counter()
        ok = bool(sdk_create_message(sdk).content[0].text) and ok
        middle = perf_counter()
        ok = bool(floor_post_message(floor)["content"][0]["text"]) and ok
        sdk_times.append(middle - started)
        floor_times.append(perf_counter() - middle)
        if index + 1 in (window, count):
            gc.collect()
            marks[index + 1] = (current_rss_kib(), len(gc.get_objects()))
    sdk.close()
    floor.close()
    ratios = [s / f for s, f in zip(sdk_times, floor_times, strict=True)]
    first_ratio, last_ratio = median(ratios[:window]), median(ratios[-window:])
    return {
        "first_s": median(sdk_times[:window]),
        "last_s": median(sdk_times[-window:]),
        "floor_first_s": median(floor_times[:window]),
        "floor_last_s": median(floor_times[-window:]),
        "first_vs_floor": first_ratio,
        "last_vs_floor": last_ratio,
        "drift": last_ratio / first_ratio,  # 1.0: the last 100 cost what the first 100 did
        "rss_growth_kib": marks[count][0] - marks[window][0],
        "object_growth": marks[count][1] - marks[window][1],
        "requests": len(sdk_times),
        "ok": ok,
    }


def wl_big_jsonl(slot: str, url: str, params: dict) -> dict:
    """All the ~100 MiB JSONL results of one batch, its own process per variant.  A partial
    read first loads every code path; then the resident memory is sampled while the whole
    stream is read: growth = highest sample - RSS before the read."""
    import json

    batch_id = params.get("batch_id", "msgbatch_big100")
    sample_every = params.get("sample_every", 100)
    if slot == "sdk":
        client = sdk_client(url)

        def read(limit=None):
            lines = 0
            results = client.messages.batches.results(batch_id)
            for item in results:
                if lines == 0 and item.result.type != "succeeded":
                    raise AssertionError(item.result.type)
                lines += 1
                if lines % sample_every == 0:
                    peak[0] = max(peak[0], current_rss_kib())
                if lines == limit:
                    break
            results.close()
            return lines
    else:
        client = floor_client(url)

        def read(limit=None):
            lines = 0
            batch = json.loads(client.get(f"/v1/messages/batches/{batch_id}", headers=FLOOR_HEADERS).content)
            with client.stream("GET", batch["results_url"], headers=FLOOR_HEADERS) as response:
                for line in response.iter_lines():
                    if line:
                        json.loads(line)
                        lines += 1
                        if lines % sample_every == 0:
                            peak[0] = max(peak[0], current_rss_kib())
                        if lines == limit:
                            break
            return lines

    peak = [0]
    read(params.get("warmup_lines", 300))
    import gc

    gc.collect()
    before = current_rss_kib()
    peak[0] = before
    started, started_cpu = perf_counter(), time.process_time()
    lines = read()
    elapsed, cpu = perf_counter() - started, time.process_time() - started_cpu
    client.close()
    return {
        "lines": lines,
        "seconds": elapsed,
        "cpu_s": cpu,
        "rate": lines / elapsed,
        "rss_before_kib": before,
        "rss_growth_kib": peak[0] - before,
        "peak_rss_kib": peak_rss_kib(),
    }


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
    "streams64_httpx": wl_streams64_httpx,
    "streams64_aiohttp": wl_streams64_aiohttp,
    "sequential": wl_sequential,
    "big_jsonl": wl_big_jsonl,
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


def main(argv: list, started: float | None = None) -> int:
    """`started`: the clock at the very start of the child (when it imports this module)."""
    global _SCRIPT_START
    if started is not None:
        _SCRIPT_START = started
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
