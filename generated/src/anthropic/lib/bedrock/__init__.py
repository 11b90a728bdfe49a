"""Claude on Amazon Bedrock: `AnthropicBedrock` and `AsyncAnthropicBedrock` (`pip install anthropic[bedrock]`)."""

from ._client import AnthropicBedrock, AsyncAnthropicBedrock

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock"]
