"""Structured outputs: JSON schemas the API accepts, and reading answers back as types."""
