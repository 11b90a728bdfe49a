from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_create_response import VersionCreateResponse as VersionCreateResponse
    from .version_delete_response import VersionDeleteResponse as VersionDeleteResponse
    from .version_list_params import VersionListParams as VersionListParams
    from .version_list_response import VersionListResponse as VersionListResponse
    from .version_retrieve_response import VersionRetrieveResponse as VersionRetrieveResponse

_EXPORTS: dict[str, tuple[str, str]] = {
    "VersionCreateParams": (".version_create_params", "VersionCreateParams"),
    "VersionCreateResponse": (".version_create_response", "VersionCreateResponse"),
    "VersionDeleteResponse": (".version_delete_response", "VersionDeleteResponse"),
    "VersionListParams": (".version_list_params", "VersionListParams"),
    "VersionListResponse": (".version_list_response", "VersionListResponse"),
    "VersionRetrieveResponse": (".version_retrieve_response", "VersionRetrieveResponse"),
}

__all__ = [
    "VersionCreateParams",
    "VersionCreateResponse",
    "VersionDeleteResponse",
    "VersionListParams",
    "VersionListResponse",
    "VersionRetrieveResponse",
]


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
