from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_list_params import VersionListParams as VersionListParams

_EXPORTS: dict[str, tuple[str, str]] = {
    "VersionCreateParams": (".version_create_params", "VersionCreateParams"),
    "VersionListParams": (".version_list_params", "VersionListParams"),
}

__all__ = [
    "VersionCreateParams",
    "VersionListParams",
]


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
