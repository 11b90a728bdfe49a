"""Client settings: arguments, environment variables, per-call copies and per-request options."""
# example-server: prism

import os

import httpx
from anthropic import Anthropic, DefaultHttpxClient

print("base URL from the environment:", os.environ["ANTHROPIC_BASE_URL"])

with Anthropic(
    max_retries=3,
    timeout=httpx.Timeout(60.0, connect=5.0),
    default_headers={"X-Example": "client-options"},
    http_client=DefaultHttpxClient(limits=httpx.Limits(max_connections=10)),
) as client:
    quick = client.with_options(timeout=20.0, max_retries=0)  # a copy sharing the pool
    print("retries:", client.max_retries, "then", quick.max_retries)

    message = quick.messages.create(
        max_tokens=64,
        messages=[{"role": "user", "content": "Hi"}],
        model="claude-sonnet-4-5-20250929",
        timeout=10.0,  # for this request only
        extra_headers={"X-Trace": "example-1"},
    )
    print("created:", message.id)
