"""Publishing is atomic: a failed build leaves the published warehouse untouched and readable;
builds of one warehouse run one at a time; a killed build leaves it as it was."""

import json
import re
import shutil
import threading
import time

import duckdb
import pytest
from conftest import PROJECT_DIR, copy_project, digest, lock_held_elsewhere, run_build, start_build

from fiscal_warehouse.dbt_run import failures
from fiscal_warehouse.lock import Busy, holding, lock_file


def leftovers(folder):
    """What a build may leave behind next to the published file: candidates and write-ahead logs."""
    return sorted(path.name for path in folder.iterdir() if ".next" in path.name or path.name.endswith(".wal"))


def published_copy(warehouse, tmp_path):
    published = tmp_path / "published" / "fiscal.duckdb"
    published.parent.mkdir()
    shutil.copy2(warehouse, published)
    return published


def test_a_failing_dbt_test_keeps_the_previous_warehouse(warehouse, tmp_path):
    project = copy_project(tmp_path / "project")
    published = published_copy(warehouse, tmp_path)
    before = digest(published)
    # A 项 name that is neither official nor an alias: the seeds keep their contract, a dbt test fails.
    seed = project / "seeds" / "general_budget_expenditure.csv"
    text = seed.read_text(encoding="utf-8")
    assert ",行政运行,,270," in text
    seed.write_text(text.replace(",行政运行,,270,", ",行政运行费用,,270,", 1), encoding="utf-8")

    result = run_build(project, published)

    assert result.returncode != 0
    assert "not_null_int_expenditure_lines_resolved_subject_code" in result.output
    # The failing rows are listed whole: the report, the line, the name as printed (not blank rows).
    assert "changji_hrss_2023 | item | 3 |  | 项 |" in result.output
    assert re.search(r"\| 行政运行费用 \|(  \|)? 270 \|", result.output)
    assert "was left untouched" in result.output
    assert digest(published) == before
    assert leftovers(published.parent) == []
    with duckdb.connect(str(published), read_only=True) as connection:
        assert connection.execute("select count(*) from dim_report").fetchone() == (7,)


def test_a_bad_cell_stops_the_build_naming_file_line_and_column(warehouse, tmp_path):
    project = copy_project(tmp_path / "project")
    published = published_copy(warehouse, tmp_path)
    before = digest(published)
    reports = project / "seeds" / "reports.csv"
    reports.write_text(reports.read_text(encoding="utf-8").replace(",2023,", ",二〇二三,", 1), encoding="utf-8")

    result = run_build(project, published)

    assert result.returncode == 1
    assert "seeds/reports.csv, line 2, column fiscal_year: '二〇二三' is not a whole number" in result.output
    assert digest(published) == before


def test_only_nodes_that_did_not_pass_are_failures(tmp_path):
    run_results = tmp_path / "run_results.json"
    statuses = {"success": "model", "pass": "test", "skipped": "test", "warn": "test", "no-op": "exposure"}
    results = [{"unique_id": f"{kind}.p.{status}", "status": status} for status, kind in statuses.items()]
    results += [{"unique_id": "test.p.failed", "status": "fail", "message": "Got 2 results,\n  configured"}]
    results += [{"unique_id": "model.p.broken", "status": "error", "message": "Runtime Error in model broken"}]
    run_results.write_text(json.dumps({"results": results}), encoding="utf-8")

    assert [str(failure) for failure in failures(run_results)] == [
        "FAIL: test.p.failed: Got 2 results, configured",
        "ERROR: model.p.broken: Runtime Error in model broken",
    ]


def test_a_build_that_stops_in_dbt_shows_dbts_error_not_an_earlier_builds_failures(warehouse, tmp_path):
    project = copy_project(tmp_path / "project")
    published = published_copy(warehouse, tmp_path)
    before = digest(published)
    # What an earlier, failed build left in dbt's work folder.
    stale = published.parent / ".build" / "target" / "run_results.json"
    stale.parent.mkdir(parents=True)
    stale.write_text(
        json.dumps({"results": [{"unique_id": "test.fiscal_warehouse.an_earlier_failure", "status": "fail"}]}),
        encoding="utf-8",
    )
    # A model that refers to one that does not exist: dbt stops while compiling.
    (project / "models" / "staging" / "stg_broken.sql").write_text("select * from {{ ref('no_such_model') }}\n")

    result = run_build(project, published)

    assert result.returncode != 0
    assert "an_earlier_failure" not in result.output
    stopped = [line for line in result.output.splitlines() if line.startswith("dbt stopped without writing")]
    assert len(stopped) == 1 and "Compilation Error" in stopped[0] and "no_such_model" in stopped[0]
    assert "was left untouched" in result.output
    assert digest(published) == before
    assert leftovers(published.parent) == []


def test_a_second_build_waits_for_the_lock_saying_so_once_or_stops_with_no_wait(warehouse, tmp_path):
    project = copy_project(tmp_path / "project")
    published = published_copy(warehouse, tmp_path)
    reports = project / "seeds" / "reports.csv"  # a bad cell: once it has the lock, the build stops at once
    reports.write_text(reports.read_text(encoding="utf-8").replace(",2023,", ",二〇二三,", 1), encoding="utf-8")

    with lock_held_elsewhere(lock_file(published)) as holder:
        refused = run_build(project, published, "--no-wait")
        log = tmp_path / "waiting.log"
        waiting = start_build(project, published, log)
        time.sleep(3)
        assert waiting.poll() is None
        holder.stdin.close()  # releases the lock
        waited = waiting.wait(timeout=120)

    assert refused.returncode == 75
    assert f"another build holds {lock_file(published)} (pid {holder.pid}, started " in refused.output
    assert "was not touched" in refused.output and "Running with dbt" not in refused.output
    output = log.read_text(encoding="utf-8")
    assert output.count("waiting for the build holding") == 1
    assert waited == 1 and "'二〇二三' is not a whole number" in output, output  # it went on once the lock was free
    assert f"waiting for the build holding {lock_file(published)} (pid {holder.pid}, started " in output
    assert digest(published) == digest(warehouse)


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    with lock_held_elsewhere(tmp_path / "fiscal.duckdb.lock") as holder:
        with pytest.raises(Busy), holding(tmp_path / "fiscal.duckdb.lock", wait=False):
            pass
        holder.kill()
        holder.wait()
        with holding(tmp_path / "fiscal.duckdb.lock", wait=False):
            pass


class Reader(threading.Thread):
    """A reader alongside the builds: counts fct_reported_figure, reconnecting for each read."""

    def __init__(self, published):
        super().__init__(daemon=True)
        self.published, self.stopping = published, threading.Event()
        self.reads, self.counts, self.errors = 0, set(), []

    def run(self):
        while not self.stopping.is_set():
            try:
                with duckdb.connect(str(self.published), read_only=True) as connection:
                    self.counts.add(connection.execute("select count(*) from fct_reported_figure").fetchone()[0])
            except duckdb.Error as error:
                self.errors.append(str(error))
            self.reads += 1
            time.sleep(0.1)


def row_counts(database):
    with duckdb.connect(str(database), read_only=True) as connection:
        tables = connection.execute("select table_name from duckdb_tables() where schema_name = 'main'").fetchall()
        return {name: connection.execute(f'select count(*) from main."{name}"').fetchone()[0] for (name,) in tables}


def wait_until_inside_dbt(log, build):
    """Until the build's dbt has started building its first node (its output goes into `log`)."""
    deadline = time.monotonic() + 300
    while " START " not in log.read_text(encoding="utf-8"):
        assert build.poll() is None, f"the build ended before dbt started a node:\n{log.read_text(encoding='utf-8')}"
        assert time.monotonic() < deadline, f"dbt did not start a node:\n{log.read_text(encoding='utf-8')}"
        time.sleep(0.1)


def seconds_until_the_lock_is_free(published, limit=30):
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            with holding(lock_file(published), wait=False):
                return time.monotonic() - started
        except Busy:
            time.sleep(0.1)
    return None


# These builds are about publishing: they build the seeds and models and leave the data tests to the
# session's build (dbt reads the selection from its environment), which halves their time.
MODELS_ONLY = {"DBT_RESOURCE_TYPES": "seed model"}


@pytest.fixture(scope="module")
def builds_at_once(warehouse, tmp_path_factory):
    """A build killed inside dbt, then two builds started so that they overlap (the second while
    the first is inside dbt), with a reader reading the published warehouse throughout."""
    folder = tmp_path_factory.mktemp("builds-at-once")
    published = folder / "fiscal.duckdb"
    shutil.copy2(warehouse, published)
    # The session build's dbt work folder, so that dbt parses again only what changed (faster).
    shutil.copytree(warehouse.parent / ".build", folder / ".build")
    happened = {"published before": digest(published)}
    reader = Reader(published)
    reader.start()

    killed = start_build(PROJECT_DIR, published, folder / "killed.log", env=MODELS_ONLY)
    wait_until_inside_dbt(folder / "killed.log", killed)
    time.sleep(1)  # dbt is writing the candidate
    killed.kill()
    killed.wait()
    happened["killed pid"] = killed.pid
    happened["published after the kill"] = digest(published)
    happened["lock free after the kill (s)"] = seconds_until_the_lock_is_free(published)
    happened["left by the killed build"] = leftovers(folder)

    first = start_build(PROJECT_DIR, published, folder / "first.log", env=MODELS_ONLY)
    wait_until_inside_dbt(folder / "first.log", first)
    second = start_build(PROJECT_DIR, published, folder / "second.log", env=MODELS_ONLY)
    happened["exit statuses"] = (first.wait(timeout=900), second.wait(timeout=900))
    reader.stopping.set()
    reader.join()
    happened["first pid"] = first.pid
    happened["outputs"] = tuple((folder / f"{name}.log").read_text(encoding="utf-8") for name in ("first", "second"))
    happened["left at the end"] = leftovers(folder)
    happened["reader"] = reader
    happened["published"] = published
    return happened


def test_a_killed_build_leaves_the_published_file_as_it_was_and_the_next_build_cleans_up(builds_at_once):
    happened = builds_at_once
    assert happened["published after the kill"] == happened["published before"]
    # Its dbt died with it (it holds the lock too): the lock is free at once, not after dbt's run.
    assert happened["lock free after the kill (s)"] is not None and happened["lock free after the kill (s)"] < 5
    assert happened["left by the killed build"] == [f"fiscal.next.{happened['killed pid']}"]
    first_output = happened["outputs"][0]
    assert f"removed what interrupted builds left: fiscal.next.{happened['killed pid']}\n" in first_output
    assert happened["exit statuses"][0] == 0, first_output[-3000:]
    assert happened["left at the end"] == []


def test_two_builds_at_once_publish_one_whole_warehouse_while_a_reader_reads(builds_at_once, warehouse):
    happened = builds_at_once
    first_output, second_output = happened["outputs"]
    assert happened["exit statuses"] == (0, 0), (first_output[-3000:], second_output[-3000:])
    lock = lock_file(happened["published"])
    assert second_output.count("waiting for the build holding") == 1
    assert f"waiting for the build holding {lock} (pid {happened['first pid']}, started " in second_output
    assert re.search(r"^published .* in [0-9.]+ s", second_output, flags=re.MULTILINE)
    assert row_counts(happened["published"]) == row_counts(warehouse)
    reader = happened["reader"]
    assert reader.errors == []
    assert reader.reads > 100
    assert reader.counts == {row_counts(warehouse)["fct_reported_figure"]}
