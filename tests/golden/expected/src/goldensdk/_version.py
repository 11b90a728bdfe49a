from __future__ import annotations

__title__ = "goldensdk"
__version__ = "0.1.0"
