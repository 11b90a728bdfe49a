from __future__ import annotations

__title__ = "anthropic"
__version__ = "0.79.0"
