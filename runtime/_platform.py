"""The headers describing the platform (`<prefix>Lang`, `<prefix>OS`, ...), computed once per process."""

from __future__ import annotations

import platform
import sys
from functools import cache
from typing import Dict

from ._settings import PLATFORM_HEADER_PREFIX

__all__ = ["platform_headers", "get_os", "get_arch", "async_library"]


def get_os() -> str:
    # `platform.system()` and `sys.platform` only: `platform.platform()` may read the whole
    # interpreter binary to find the libc version, which takes tens of milliseconds.
    system = platform.system().lower()
    if sys.platform == "ios" or system == "ios":
        return "iOS"
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if sys.platform == "android" or hasattr(sys, "getandroidapilevel"):
        return "Android"
    if system == "linux":
        return "Linux"
    if system == "freebsd":
        return "FreeBSD"
    if system == "openbsd":
        return "OpenBSD"
    return f"Other:{system}" if system else "Unknown"


def get_arch() -> str:
    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine.startswith("arm"):
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("i386", "i686", "x86"):
        return "x32"
    return f"other:{machine}" if machine else "unknown"


@cache
def platform_headers(version: str) -> Dict[str, str]:
    """Language, package version, OS, architecture and runtime (one dict per version; do not mutate)."""
    try:
        os_name, arch = get_os(), get_arch()
    except Exception:  # platform probing must never break a request
        os_name, arch = "Unknown", "unknown"
    prefix = PLATFORM_HEADER_PREFIX
    return {
        prefix + "Lang": "python",
        prefix + "Package-Version": version,
        prefix + "OS": os_name,
        prefix + "Arch": arch,
        prefix + "Runtime": platform.python_implementation(),
        prefix + "Runtime-Version": platform.python_version(),
    }


def async_library() -> str:
    """The running async framework ("asyncio", "trio", ...) for the `<prefix>Async` header."""
    try:
        import sniffio

        return sniffio.current_async_library()
    except Exception:
        return "false"
