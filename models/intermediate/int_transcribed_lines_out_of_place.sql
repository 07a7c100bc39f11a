{#
    Cited lines that cannot be right, whatever is printed there: a mistyped line number
    often lands on a line that happens to print the same value.
    - The figures of one row are printed close together: no two of its cited lines lie more
      than 60 lines apart (except the row headers of the tables: 一级/二级指标 printed once
      for a group, a report's title; and the table-level cells, which the next rule covers).
    - Every cell of a self-evaluation table lies within that table: from its title to the
      line before the next table's title.
#}
{%- set max_row_span = 60 -%}

with

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

row_spans as (

    select
        seed_name,
        report_id,
        row_key,
        min(source_line) as first_line,
        max(source_line) as last_line
    from transcribed_values
    where
        seed_name <> 'performance_evaluations'
        and column_name not in ('level1_name', 'level2_name', 'section_title')
    group by seed_name, report_id, row_key

),

scattered_rows as (

    select
        seed_name,
        report_id,
        row_key,
        cast(null as {{ dbt.type_string() }}) as column_name,
        first_line as source_line,
        'the lines of one row lie ' || cast(last_line - first_line as {{ dbt.type_string() }})
        || ' lines apart (at most {{ max_row_span }})' as problem
    from row_spans
    where last_line - first_line > {{ max_row_span }}

),

table_ranges as (

    select
        report_id,
        evaluation_no,
        title_line as first_line,
        coalesce(
            lead(title_line) over (partition by report_id order by title_line) - 1,
            title_line + 1000
        ) as last_line
    from evaluations

),

table_values as (

    select
        seed_name,
        report_id,
        row_key,
        column_name,
        source_line,
        {{ as_integer(dbt.split_part('row_key', "'|'", 2)) }} as evaluation_no
    from transcribed_values
    where seed_name in (
        'performance_evaluations',
        'performance_funds',
        'performance_indicators',
        'performance_goals'
    )

),

values_outside_their_table as (

    select
        table_values.seed_name,
        table_values.report_id,
        table_values.row_key,
        table_values.column_name,
        table_values.source_line,
        'cited outside its table (lines ' || cast(table_ranges.first_line as {{ dbt.type_string() }}) || '-'
        || cast(table_ranges.last_line as {{ dbt.type_string() }}) || ')' as problem
    from table_values
    left join table_ranges
        on
            table_values.report_id = table_ranges.report_id
            and table_values.evaluation_no = table_ranges.evaluation_no
    where
        table_ranges.first_line is null
        or table_values.source_line not between table_ranges.first_line and table_ranges.last_line

),

final as (

    select * from scattered_rows
    union all
    select * from values_outside_their_table

)

select * from final
