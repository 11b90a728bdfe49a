"""Hand-written methods mixed into generated resources (see `mixin:` in overlays/sdk.yaml)."""
