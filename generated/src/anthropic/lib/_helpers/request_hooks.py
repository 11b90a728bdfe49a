"""Request-body hooks for parameters the client resolves itself (see `prepare_body:` in
overlays/sdk.yaml). Imported by generated resources, so they load nothing until called."""

from __future__ import annotations

from typing import Any

__all__ = ["move_output_format"]


def move_output_format(body: dict[str, Any]) -> dict[str, Any]:
    """`output_format` (a format dict, or a type whose JSON schema is the format) is sent as
    `output_config.format`, the only place the API reads it."""
    if "output_format" not in body:
        return body
    output_format = body.pop("output_format")
    from .._parse._response import output_config_with_format

    config = output_config_with_format(body.get("output_config"), output_format)
    if config is None:
        body.pop("output_config", None)
    else:
        body["output_config"] = config
    return body
