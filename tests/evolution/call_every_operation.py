"""Run in a subprocess with the newer generated package (and the project root) on `sys.path`: call every
operation of the (patched) spec through its SDK method, sync or async, against the mock
servers, with the required arguments built from the operation's schemas.

argv: plan.json (operations, spec file, URLs), mode ("sync" | "async").
Prints one JSON object per operation: {"operation", "method", "ok", "detail"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import anthropic
from samples import resolve, sample

from generator.build.naming import python_identifier  # the names the generator gave the parameters

plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
MODE = sys.argv[2]
SPEC: dict[str, Any] = json.loads(Path(plan["spec"]).read_text(encoding="utf-8"))


def arguments(verb: str, path: str) -> dict[str, Any]:
    item = SPEC["paths"][path]
    operation = item[verb]
    kwargs: dict[str, Any] = {}
    for param in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        param = resolve(SPEC, param)
        if param["in"] == "path":
            kwargs[python_identifier(param["name"])] = "id_1"
        elif param["in"] == "query" and param.get("required"):
            kwargs[python_identifier(param["name"])] = sample(SPEC, param.get("schema", {}))
    content = (operation.get("requestBody") or {}).get("content") or {}
    for media_type in ("application/json", "multipart/form-data"):
        if media_type in content:
            body = resolve(SPEC, content[media_type].get("schema", {}))
            shapes = [resolve(SPEC, v) for v in body.get("oneOf") or body.get("anyOf") or [body]]
            shape = shapes[0]
            for name in shape.get("required") or []:
                value = sample(SPEC, (shape.get("properties") or {}).get(name, {}))
                if media_type == "multipart/form-data" and isinstance(value, bytes):
                    value = ("upload.txt", value, "text/plain")
                kwargs[python_identifier(name)] = value
            break
    return kwargs


def target(client: Any, method: str) -> Any:
    obj = client
    for part in method.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


def consume_sync(result: Any) -> str:
    if isinstance(result, anthropic.Stream):
        events = [event for _, event in zip(range(50), result, strict=False)]
        result.close()
        return f"stream of {len(events)} event(s)"
    if hasattr(result, "has_next_page"):
        return f"page of {len(list(getattr(result, 'data', None) or []))} item(s)"
    if hasattr(result, "read") and hasattr(result, "iter_bytes"):
        return f"{len(result.read())} byte(s)"
    return type(result).__name__


async def consume_async(result: Any) -> str:
    if isinstance(result, anthropic.AsyncStream):
        events = []
        async for event in result:
            events.append(event)
            if len(events) >= 50:
                break
        await result.close()
        return f"stream of {len(events)} event(s)"
    if hasattr(result, "has_next_page"):  # a page (the paginator was awaited)
        return f"page of {len(list(getattr(result, 'data', None) or []))} item(s)"
    if hasattr(result, "aread"):
        return f"{len(await result.aread())} byte(s)"
    return type(result).__name__


def client_for(path: str, asynchronous: bool) -> Any:
    url = plan["urls"]["beta" if "?beta=true" in path else "default"]
    cls = anthropic.AsyncAnthropic if asynchronous else anthropic.Anthropic
    return cls(api_key="mock-key", base_url=url, max_retries=0, timeout=30)


def run_sync() -> list[dict[str, Any]]:
    results = []
    for entry in plan["operations"]:
        verb, _, path = entry["operation"].partition(" ")
        client = client_for(path, asynchronous=False)
        try:
            detail = consume_sync(target(client, entry["method"])(**arguments(verb, path)))
            results.append({**entry, "ok": True, "detail": detail})
        except Exception as exc:  # reported per operation
            results.append({**entry, "ok": False, "detail": f"{type(exc).__name__}: {exc}"[:500]})
        finally:
            client.close()
    return results


async def run_async() -> list[dict[str, Any]]:
    results = []
    for entry in plan["operations"]:
        verb, _, path = entry["operation"].partition(" ")
        client = client_for(path, asynchronous=True)
        try:
            result = await target(client, entry["method"])(**arguments(verb, path))
            detail = await consume_async(result)
            results.append({**entry, "ok": True, "detail": detail})
        except Exception as exc:  # reported per operation
            results.append({**entry, "ok": False, "detail": f"{type(exc).__name__}: {exc}"[:500]})
        finally:
            await client.close()
    return results


outcome = run_sync() if MODE == "sync" else asyncio.run(run_async())
print(json.dumps(outcome))
