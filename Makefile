# Two commands set everything up on a fresh machine (Python 3.11, make, npm, network access
# to the package registries): `make generate` and `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
STAMP  := $(VENV)/.installed-$(shell sha256sum $(LOCK) | cut -c1-16)
WHEEL_DIR := dist

.PHONY: all venv mock-server generate wheel test check-generated status lint typecheck import-spec spec-diff bench lock clean

all: generate

$(STAMP): $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-input -r $(LOCK)
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: $(STAMP)

## Regenerate generated/ from spec/, overlays/ and templates/, then build the wheel into dist/.
generate: venv
	$(BIN)/python -m generator unasync
	$(BIN)/python -m generator generate
	$(MAKE) --no-print-directory wheel

wheel: venv
	@rm -rf $(WHEEL_DIR)
	$(BIN)/python -m build --wheel --no-isolation --outdir $(WHEEL_DIR) generated >/dev/null
	@ls $(WHEEL_DIR)/*.whl

## Fail with a readable diff when generated/ is not exactly what the generator produces.
check-generated: venv
	$(BIN)/python -m generator unasync --check
	$(BIN)/python -m generator check --strict

status: venv
	$(BIN)/python -m generator status

lint: venv
	$(BIN)/ruff check generator runtime tests benchmarks overlays/modules examples
	$(BIN)/ruff format --check generator runtime tests benchmarks overlays/modules examples
	$(BIN)/ruff check generated

## mypy --strict on the generator and on the runtime core (the generated package is
## type-checked by tests/test_typecheck.py).
typecheck: venv
	$(BIN)/mypy

MOCK_DIR := tests/mock_server
PRISM    := $(MOCK_DIR)/node_modules/.bin/prism

## The spec-driven mock API server (Prism, from the npm registry) the API tests start.
$(PRISM): $(MOCK_DIR)/package-lock.json
	cd $(MOCK_DIR) && npm ci --silent --no-audit --no-fund
	@touch $@

mock-server: $(PRISM)

## Every test and check. Uses the committed generated/ tree (and proves it is current).
test: venv mock-server
	$(BIN)/python -m generator unasync --check
	$(BIN)/python -m generator check --strict
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory typecheck
	$(BIN)/python -m pytest -n 2

## Import a (newer) upstream spec: make import-spec SRC=path/to/openapi.json
import-spec: venv
	@test -n "$(SRC)" || (echo "usage: make import-spec SRC=path/to/upstream.openapi.json" >&2; exit 2)
	$(BIN)/python -m generator import-spec $(SRC)

## What changed between two specs for the SDK's users: make spec-diff OLD=a.yaml NEW=b.yaml [ARGS=--json]
spec-diff: venv
	@test -n "$(OLD)" -a -n "$(NEW)" || (echo "usage: make spec-diff OLD=old.openapi.yaml NEW=new.openapi.yaml [ARGS='--json --fail-on-breaking']" >&2; exit 2)
	$(BIN)/python -m generator diff $(OLD) $(NEW) $(ARGS)

## Benchmarks against the official SDK (not part of `make test`).
bench: generate
	$(BIN)/python benchmarks/run.py --ours-wheel $$(ls $(WHEEL_DIR)/*.whl)

## Re-pin requirements.lock from requirements.in in a throwaway venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -r requirements.in
	(echo "# Pinned closure of requirements.in (pip freeze in a fresh venv). Regenerate with \`make lock\`."; \
	  .lock-venv/bin/pip freeze --exclude-editable) > $(LOCK)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(WHEEL_DIR) .bench .tools .cache
