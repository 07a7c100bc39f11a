"""PostgreSQL SQL → DuckDB SQL, with the catalog relations JDBC and ODBC drivers read made PostgreSQL-like.

Drivers list tables and columns from pg_catalog; DuckDB's pg_attribute reports DuckDB's own type
ids and its pg_type has NULL where PostgreSQL has -1, so both are replaced by PostgreSQL-shaped
relations, and the reg* casts drivers use are turned into look-ups.
"""

from __future__ import annotations

import re

from buenavista import bv_dialects
from buenavista.examples.duckdb_postgres import DuckDBPostgresRewriter

# PostgreSQL type oids (pg_type.h) for the DuckDB column types the warehouse uses.
POSTGRES_TYPE_OF_DUCKDB_TYPE = """
    case
        when data_type like 'DECIMAL%' then 1700
        when data_type = 'VARCHAR' then 1043
        when data_type = 'INTEGER' then 23
        when data_type = 'BIGINT' then 20
        when data_type in ('SMALLINT', 'TINYINT') then 21
        when data_type = 'BOOLEAN' then 16
        when data_type = 'DOUBLE' then 701
        when data_type = 'FLOAT' then 700
        when data_type = 'DATE' then 1082
        when data_type = 'TIMESTAMP WITH TIME ZONE' then 1184
        when data_type like 'TIMESTAMP%' then 1114
        else 1043
    end"""


class CatalogRewriter(DuckDBPostgresRewriter):
    """PostgreSQL SQL → DuckDB SQL, with the catalog relations drivers query made PostgreSQL-like."""

    def rewrite(self, sql: str) -> str:
        # psqlODBC deallocates its prepared statements by name; there is nothing to free here.
        if re.match(r"\s*DEALLOCATE\b", sql, re.IGNORECASE):
            return "select 1 where false"
        rewritten = super().rewrite(sql)
        # Drivers look up 'pg_class'::regclass and the like; DuckDB has no reg* types.
        for cast, relation, column in (("REGCLASS", "pg_class", "relname"), ("REGTYPE", "pg_type", "typname")):
            rewritten = re.sub(
                rf"CAST\(('[^']*') AS {cast}\)",
                rf"(select oid from pg_catalog.{relation} where {column} = \1 limit 1)",
                rewritten,
                flags=re.IGNORECASE,
            )
        return rewritten


def pg_attribute() -> str:
    # DuckDB's pg_attribute.atttypid holds DuckDB type ids (DECIMAL is 21, PostgreSQL's int2).
    return f"""
        select
            table_oid as attrelid, column_name as attname, {POSTGRES_TYPE_OF_DUCKDB_TYPE} as atttypid,
            0 as attstattarget, -1 as attlen, column_index as attnum, 0 as attndims, -1 as attcacheoff,
            case when data_type like 'DECIMAL%' then numeric_precision * 65536 + numeric_scale + 4 else -1 end
                as atttypmod,
            false as attbyval, not is_nullable as attnotnull, column_default is not null as atthasdef,
            false as atthasmissing, '' as attidentity, '' as attgenerated, false as attisdropped,
            true as attislocal, 0 as attinhcount, 0 as attcollation
        from duckdb_columns()"""


def pg_type() -> str:
    # psqlODBC reads typtypmod without expecting NULL; PostgreSQL has -1 where DuckDB has NULL.
    return "select * replace (coalesce(typtypmod, -1) as typtypmod) from system.pg_catalog.pg_type"


def catalog_rewriter() -> CatalogRewriter:
    rewriter = CatalogRewriter(bv_dialects.BVPostgres(), bv_dialects.BVDuckDB())
    for name, relation in (("pg_attribute", pg_attribute), ("pg_type", pg_type)):
        rewriter.relation(name)(relation)
        rewriter.relation(f"pg_catalog.{name}")(relation)
    return rewriter
