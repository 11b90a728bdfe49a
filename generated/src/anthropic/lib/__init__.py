"""Hand-written helpers merged into the generated package (streaming, tools, parsing, platforms)."""
