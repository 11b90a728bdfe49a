"""OpenAPI spec + overlay -> typed Python SDK, as a pipeline of small stages."""
