# The two commands a newcomer needs: `make demo` and `make test` (see README.md).
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOC := $(BIN)/soc

.PHONY: demo test lint unit integration host-deps venv env services services-down status migrate bench clean-venv

demo: host-deps venv env
	$(SOC) demo

# pytest-xdist: each worker runs whole modules, slowest first, on its own test
# instance (tests/fix_suite.py, tests/fix_services.py). TEST_WORKERS=0 runs serially.
TEST_WORKERS ?= 6
XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

test: host-deps venv env lint
	$(BIN)/pytest -q -p no:cacheprovider $(XDIST) tests

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
