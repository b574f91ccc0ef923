# The two commands a newcomer needs: `make demo` and `make test` (see README.md).
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOC := $(BIN)/soc

.PHONY: demo test test-warm lint unit integration host-deps venv env services services-down status migrate bench clean-venv

demo: host-deps venv env
	$(SOC) demo

# pytest-xdist: each worker runs whole modules, slowest first, on its own test
# instance (tests/fix_suite.py, tests/fix_services.py). TEST_WORKERS=0 runs serially.
TEST_WORKERS ?= 6
XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

test: host-deps venv env
	$(MAKE) --no-print-directory -j 2 lint test-warm
	$(BIN)/pytest -q -p no:cacheprovider $(XDIST) tests

# Every xdist worker collects every test module, and pytest rewrites a module's asserts when
# it imports it. It keeps the rewritten code in __pycache__ unless PYTHONDONTWRITEBYTECODE is
# set; then each worker rewrites all of them again (about half of a worker's 15 s of collection
# CPU). One collection that writes them, beside the lint, leaves them for the workers. Only an
# optimisation: a failure here is left to the run itself to report.
test-warm: venv env
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -q -p no:cacheprovider --collect-only tests > /dev/null 2>&1 || true

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy common ingest geo alerts ops_center kpi web sim soc
	$(BIN)/lint-imports
	$(BIN)/python scripts/table_owners.py

unit: venv env
	$(BIN)/pytest -q tests/unit

integration: host-deps venv env
	$(BIN)/pytest -q $(XDIST) tests/integration

host-deps:
	bash scripts/bootstrap-host.sh

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

env:
	$(PY) scripts/make_env.py

services: host-deps venv env
	$(SOC) services up

services-down: venv env
	$(SOC) services down

status: venv env
	$(SOC) services status

migrate: services
	$(SOC) db migrate

bench: venv env
	@echo "see docs/benchmarks.md for each benchmark's command"

clean-venv:
	rm -rf $(VENV)
