from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .skills import (
        AsyncSkills as AsyncSkills,
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
        Skills as Skills,
        SkillsWithRawResponse as SkillsWithRawResponse,
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
    from .versions import (
        AsyncVersions as AsyncVersions,
        AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse,
        AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
        Versions as Versions,
        VersionsWithRawResponse as VersionsWithRawResponse,
        VersionsWithStreamingResponse as VersionsWithStreamingResponse,
    )

_EXPORTS: dict[str, tuple[str, str]] = {
    "AsyncSkills": (".skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (".skills", "AsyncSkillsWithRawResponse"),
    "AsyncSkillsWithStreamingResponse": (".skills", "AsyncSkillsWithStreamingResponse"),
    "AsyncVersions": (".versions", "AsyncVersions"),
    "AsyncVersionsWithRawResponse": (".versions", "AsyncVersionsWithRawResponse"),
    "AsyncVersionsWithStreamingResponse": (".versions", "AsyncVersionsWithStreamingResponse"),
    "Skills": (".skills", "Skills"),
    "SkillsWithRawResponse": (".skills", "SkillsWithRawResponse"),
    "SkillsWithStreamingResponse": (".skills", "SkillsWithStreamingResponse"),
    "Versions": (".versions", "Versions"),
    "VersionsWithRawResponse": (".versions", "VersionsWithRawResponse"),
    "VersionsWithStreamingResponse": (".versions", "VersionsWithStreamingResponse"),
}

__all__ = [
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
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
