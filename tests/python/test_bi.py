"""BI tools connect read-only: the SQLAlchemy + duckdb-engine recipe of the README, as Superset uses it."""

import sqlalchemy
from conftest import PROJECT_DIR


def test_sqlalchemy_with_duckdb_engine_reads_the_marts_and_chinese_views(warehouse):
    engine = sqlalchemy.create_engine(f"duckdb:///{warehouse}", connect_args={"read_only": True})
    with engine.connect() as connection:
        units = connection.execute(sqlalchemy.text("select unit_name from dim_report order by report_id")).scalars()
        assert list(units)[0] == "昌吉回族自治州人力资源和社会保障局"
        total = connection.execute(
            sqlalchemy.text(
                "select 决算数（万元） from zh.三公经费 where 报告编号 = :report and 三公项目 = '三公经费合计'"
            ),
            {"report": "changji_hrss_2023"},
        ).scalar_one()
        assert str(total) == "9.180000"  # a DECIMAL with its six decimals, not a float
        tables = sqlalchemy.inspect(connection).get_table_names(schema="main")
        assert {"dim_report", "fct_revenue", "audit_findings", "report_summary"} <= set(tables)
    engine.dispose()


def test_the_readme_gives_the_sqlalchemy_recipe():
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    assert 'connect_args={"read_only": True}' in readme
    assert "duckdb:////absolute/path/to/warehouse/fiscal.duckdb" in readme
