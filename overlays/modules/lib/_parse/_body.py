"""Request-body hooks for parameters the client resolves itself (see `prepare_body:` in
overlays/sdk.yaml)."""

from __future__ import annotations

from typing import Any

from ._response import output_config_with_format

__all__ = ["move_output_format"]


def move_output_format(body: dict[str, Any]) -> dict[str, Any]:
    """`output_format` (a format dict, or a type whose JSON schema is the format) is sent as
    `output_config.format`, the only place the API reads it."""
    if "output_format" not in body:
        return body
    output_format = body.pop("output_format")
    body["output_config"] = output_config_with_format(body.get("output_config"), output_format)
    if body["output_config"] is None:
        del body["output_config"]
    return body
