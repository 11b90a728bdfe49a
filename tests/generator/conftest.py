"""Set-up for the generator's tests."""

from __future__ import annotations

# The pipeline validates specs in worker processes (forked from this one): importing the
# validator here once spares every worker the import (about a second each).
import openapi_spec_validator  # noqa: F401
