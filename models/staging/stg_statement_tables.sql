{# The nine statement tables of each PDF report: found, printed empty (with its note) or absent. #}
with

statement_tables as (

    select * from {{ seed_relation('statement_tables') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('table_no') }} as table_no,
        {{ as_text('table_name') }} as table_name,
        {{ as_text('table_layout') }} as table_layout,
        {{ as_text('code_system') }} as code_system,
        {{ as_text('table_status') }} as table_status,
        {{ as_text('printed_title') }} as printed_title,
        {{ as_integer('printed_title_page') }} as printed_title_page,
        {{ as_integer('printed_title_line') }} as printed_title_line,
        {{ as_integer('first_page') }} as first_page,
        {{ as_integer('last_page') }} as last_page,
        {{ as_text('printed_unit') }} as printed_unit,
        {{ as_integer('printed_unit_page') }} as printed_unit_page,
        {{ as_integer('printed_unit_line') }} as printed_unit_line,
        {{ as_text('note') }} as note,
        {{ as_integer('note_page') }} as note_page,
        {{ as_integer('note_line') }} as note_line,
        {{ as_integer('row_count') }} as row_count,
        {{ as_integer('cell_count') }} as cell_count
    from statement_tables

)

select * from typed
