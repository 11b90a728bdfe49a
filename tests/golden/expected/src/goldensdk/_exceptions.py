"""Errors raised by the client: the runtime's tree (see `_errors`) under `GoldenError`."""

from __future__ import annotations

from . import _errors
from ._errors import *  # noqa: F403
from ._errors import StatusErrorTable
from ._settings import GoldenError as GoldenError

__all__ = [
    "GoldenError",
    "STATUS_ERRORS",
    "status_error_class",
]
__all__ += _errors.__all__


STATUS_ERRORS = StatusErrorTable(
    by_status={},
    by_error_type={},
)
# The class an error answer becomes: by status, then by the error type of its body, then by range.
status_error_class = STATUS_ERRORS.class_for
