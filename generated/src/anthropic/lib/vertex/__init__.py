"""Claude on Google Cloud Vertex AI: `AnthropicVertex` and `AsyncAnthropicVertex` (`pip install anthropic[vertex]`)."""

from ._client import AnthropicVertex, AsyncAnthropicVertex

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]
