# The whole interface of the project. `make build` and `make test` install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: build test lint clean

$(INSTALLED): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --quiet --disable-pip-version-check -r requirements.txt
	touch $(INSTALLED)

## Build the warehouse and publish it to warehouse/fiscal.duckdb (or $FISCAL_WAREHOUSE).
build: $(INSTALLED)
	$(BIN)/python -m fiscal_warehouse.build

## Everything that checks the project: lint, then pytest (which builds a throwaway warehouse
## with all dbt tests and checks it).
test: $(INSTALLED) lint
	$(BIN)/python -m pytest

## Style: sqlfluff on the models (dbt templater, duckdb dialect), ruff on the Python.
lint: $(INSTALLED)
	$(BIN)/ruff check fiscal_warehouse tests
	$(BIN)/ruff format --check fiscal_warehouse tests
	DBT_DUCKDB_PATH=$$(mktemp -d)/lint.duckdb $(BIN)/sqlfluff lint models analyses

clean:
	rm -rf target logs warehouse/*.next.duckdb
