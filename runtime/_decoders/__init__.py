"""Decoders of streamed response bodies."""
