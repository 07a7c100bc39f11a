# The whole interface of the project. `make build` and `make test` install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# harlequin pins a click that sqlfluff refuses, so it has a virtual environment of its own.
HARLEQUIN_VENV := .venv-harlequin
HARLEQUIN_INSTALLED := $(HARLEQUIN_VENV)/.installed
# The published warehouse, as fiscal_warehouse.build and the dashboard find it.
WAREHOUSE := $(or $(FISCAL_WAREHOUSE),warehouse/fiscal.duckdb)
DOCS_DIR := warehouse/docs

.PHONY: build test lint clean dashboard docs browser clients harlequin gateway benchmark benchmark-gateway soak-gateway add-report add-reports benchmark-intake benchmark-scale synthetic export

$(INSTALLED): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --quiet --disable-pip-version-check -r requirements.txt
	touch $(INSTALLED)

$(HARLEQUIN_INSTALLED): requirements-harlequin.txt
	test -x $(HARLEQUIN_VENV)/bin/python || $(PYTHON) -m venv $(HARLEQUIN_VENV)
	$(HARLEQUIN_VENV)/bin/pip install --quiet --quiet --disable-pip-version-check -r requirements-harlequin.txt
	touch $(HARLEQUIN_INSTALLED)

## Build the warehouse and publish it to warehouse/fiscal.duckdb (or $FISCAL_WAREHOUSE);
## DATA=folder builds it from a folder holding seeds/ and documents/ (default: the project's own).
build: $(INSTALLED)
	$(BIN)/python -m fiscal_warehouse.build $(if $(DATA),--data "$(DATA)")

## Add a final-accounts or budget PDF: copy it into documents/, read its statement tables into the
## seeds, build, publish and print a review (REPORT_ID=… to name it; by default from the file name;
## KIND=budget or KIND=final_accounts when the document's own words should not decide).
add-report: $(INSTALLED)
	@test -n "$(DOC)" || (echo "usage: make add-report DOC=path/to/report.pdf [REPORT_ID=id] [KIND=budget]" >&2; exit 2)
	$(BIN)/python -m fiscal_warehouse.intake "$(DOC)" $(if $(REPORT_ID),--report-id "$(REPORT_ID)") $(if $(KIND),--kind "$(KIND)") $(if $(DATA),--data "$(DATA)")

## Add every PDF in a folder (one build; files that cannot be read are listed at the end).
add-reports: $(INSTALLED)
	@test -n "$(DIR)" || (echo "usage: make add-reports DIR=path/to/folder" >&2; exit 2)
	$(BIN)/python -m fiscal_warehouse.intake --folder "$(DIR)" $(if $(KIND),--kind "$(KIND)") $(if $(DATA),--data "$(DATA)")

## A published warehouse, built only if there is none yet (`make build` always rebuilds).
$(WAREHOUSE): | $(INSTALLED)
	FISCAL_WAREHOUSE=$(WAREHOUSE) $(BIN)/python -m fiscal_warehouse.build

## The marts as an Excel workbook and CSV files (UTF-8 with BOM) in warehouse/export/ (or OUT=folder):
## one sheet per mart with its Chinese headers; REPORT=id for one report's rows.
export: $(INSTALLED) $(WAREHOUSE)
	FISCAL_WAREHOUSE=$(WAREHOUSE) $(BIN)/python -m fiscal_warehouse.export $(if $(REPORT),--report "$(REPORT)") $(if $(OUT),--out "$(OUT)")

## The dashboard (dashboard/app.py) on http://localhost:8501; it reads the warehouse read-only,
## so `make build` can publish a new one while it runs. It listens on the loopback address only;
## DASHBOARD_ADDRESS=0.0.0.0 serves it to other machines.
DASHBOARD_ADDRESS ?= 127.0.0.1
dashboard: $(INSTALLED) $(WAREHOUSE)
	FISCAL_WAREHOUSE=$(WAREHOUSE) STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
		$(BIN)/streamlit run dashboard/app.py --server.headless true --server.address $(DASHBOARD_ADDRESS)

## harlequin, a terminal SQL IDE, on the warehouse read-only (quit with ctrl+q).
harlequin: $(HARLEQUIN_INSTALLED) $(WAREHOUSE)
	$(HARLEQUIN_VENV)/bin/harlequin --read-only $(WAREHOUSE)

## A read-only PostgreSQL-protocol endpoint on 127.0.0.1:$(GATEWAY_PORT) for JDBC and ODBC clients
## (fiscal_warehouse/gateway/); a client that reconnects after `make build` sees the new warehouse.
## Its limits: GATEWAY_OPTIONS="--statement-timeout 30 …" or $$FISCAL_GATEWAY_STATEMENT_TIMEOUT …
## (`.venv/bin/python -m fiscal_warehouse.gateway --help` lists them).
GATEWAY_PORT ?= 5433
gateway: $(INSTALLED) $(WAREHOUSE)
	FISCAL_WAREHOUSE=$(WAREHOUSE) $(BIN)/python -m fiscal_warehouse.gateway --port $(GATEWAY_PORT) $(GATEWAY_OPTIONS)

## Load on the gateway: N clients (default 8) run the README's queries while the warehouse is rebuilt
## and published; prints latency, errors and the gateway's peak memory (BUILDS=…, DURATION=… seconds).
benchmark-gateway: $(INSTALLED) $(WAREHOUSE)
	FISCAL_WAREHOUSE=$(WAREHOUSE) $(BIN)/python -m fiscal_warehouse.gateway.load \
		--clients $(if $(filter file,$(origin N)),8,$(N)) --builds $(or $(BUILDS),1) --seconds $(or $(DURATION),30)

## The soak: one gateway reader, reconnecting for every query, through BUILDS rebuilds (default 20);
## prints its reads, the errors (expected 0) and the gateway's memory after each build.
soak-gateway: $(INSTALLED) $(WAREHOUSE)
	FISCAL_WAREHOUSE=$(WAREHOUSE) $(BIN)/python -m fiscal_warehouse.gateway.load \
		--clients 1 --builds $(or $(BUILDS),20) --seconds 0 --queries-per-connection 1

## dbt docs as one self-contained, offline page: $(DOCS_DIR)/static_index.html. dbt reads its
## catalog from a throwaway copy of the warehouse, so the published file is never opened for writing.
docs: $(INSTALLED) $(WAREHOUSE)
	@scratch=$$(mktemp -d) && cp $(WAREHOUSE) $$scratch/docs.duckdb && \
	DBT_DUCKDB_PATH=$$scratch/docs.duckdb DBT_SEND_ANONYMOUS_USAGE_STATS=false \
		$(BIN)/dbt docs generate --static --project-dir . --profiles-dir . \
		--target-path $(DOCS_DIR) --log-path $$scratch/logs; \
	status=$$?; rm -rf $$scratch; \
	test $$status -eq 0 && echo "wrote $(DOCS_DIR)/static_index.html"; exit $$status

## The scale benchmark: N synthetic reports (default 1000) generated, built, checked against the
## hand-written DuckDB floor (fiscal_warehouse/scale/floor.sql) and queried; work files in warehouse/scale-N/.
N ?= 1000
benchmark-scale: $(INSTALLED)
	$(BIN)/python -m fiscal_warehouse.scale.benchmark --reports $(N)

## Synthetic reports for trying the warehouse at scale: make synthetic N=10000 OUT=/data/synthetic
synthetic: $(INSTALLED)
	@test -n "$(OUT)" || (echo "usage: make synthetic N=1000 OUT=folder [SEED=0]" >&2; exit 2)
	$(BIN)/python -m fiscal_warehouse.scale.generate --reports $(N) --out "$(OUT)" $(if $(SEED),--seed $(SEED))

## Timings of every analysis and every dashboard page (printed against their targets).
benchmark: $(INSTALLED) $(WAREHOUSE)
	FISCAL_WAREHOUSE=$(WAREHOUSE) $(BIN)/python -m fiscal_warehouse.benchmark

## Reading time of the PDF reader per page and per report, and of `make add-report` end to end.
benchmark-intake: $(INSTALLED)
	$(BIN)/python -m fiscal_warehouse.intake.benchmark

## Debian's Chromium for the dashboard's browser test (and a CJK font, so screenshots are legible).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei)

## The clients the tests drive, from Debian, each installed only when missing: tmux (for
## harlequin); psql, a JDK with the PostgreSQL JDBC driver, unixODBC with psqlODBC (for the gateway).
clients:
	@missing=""; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v psql >/dev/null || missing="$$missing postgresql-client"; \
	command -v javac >/dev/null || missing="$$missing default-jdk-headless"; \
	test -f /usr/share/java/postgresql.jar || missing="$$missing libpostgresql-jdbc-java"; \
	command -v isql >/dev/null || missing="$$missing unixodbc"; \
	ls /usr/lib/*/odbc/psqlodbcw.so >/dev/null 2>&1 || missing="$$missing odbc-postgresql"; \
	test -z "$$missing" || (apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing)

## Everything that checks the project: lint, then pytest (which builds a throwaway warehouse
## with all dbt tests and checks it, and drives the dashboard, harlequin and the gateway's clients on it).
test: $(INSTALLED) $(HARLEQUIN_INSTALLED) browser clients lint
	$(BIN)/python -m pytest

## Style: sqlfluff on the models (dbt templater, duckdb dialect), ruff on the Python.
lint: $(INSTALLED)
	$(BIN)/ruff check fiscal_warehouse dashboard tests
	$(BIN)/ruff format --check fiscal_warehouse dashboard tests
	DBT_DUCKDB_PATH=$$(mktemp -d)/lint.duckdb $(BIN)/sqlfluff lint models analyses

## Build output: also the candidates interrupted builds left next to the warehouse (fiscal.next.<pid>/).
clean:
	rm -rf target logs warehouse/*.next.* $(basename $(WAREHOUSE)).next.* $(DOCS_DIR)
