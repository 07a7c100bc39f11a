{#
    One row per report × statement table of the template, for every PDF report: found (with its
    pages, unit, rows and cells read), printed empty (with its note), or absent from the
    document. "Which reports do not publish their 三公 table?" is one query on this table.
#}
with

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", as_text('table_no')]) }} as statement_table_id,
        report_id,
        table_no,
        table_name,
        table_status,
        printed_title,
        printed_title_page,
        printed_title_line,
        first_page,
        last_page,
        printed_unit,
        note,
        note_page,
        note_line,
        row_count,
        cell_count
    from statement_tables

)

select * from final
