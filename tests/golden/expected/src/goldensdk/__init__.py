from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __title__, __version__

if TYPE_CHECKING:
    from ._client import AsyncGolden as AsyncGolden, Golden as Golden
    from .lib.helpers import greeting as greeting

_EXPORTS: dict[str, tuple[str, str]] = {
    "AsyncGolden": ("._client", "AsyncGolden"),
    "Golden": ("._client", "Golden"),
    "greeting": (".lib.helpers", "greeting"),
}

__all__ = ["__title__", "__version__", "AsyncGolden", "Golden", "greeting"]


def __getattr__(name: str) -> Any:
    from importlib import import_module

    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        # A submodule reads as an attribute once imported (`package.types.Message` after
        # `import package`), as with an eagerly importing package.
        from importlib.util import find_spec

        if name.isidentifier() and find_spec(f"{__name__}.{name}") is not None:
            return import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
