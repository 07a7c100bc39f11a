{#
    The codes of further classifications keying a printed row of a statement table (部门经济分类
    30101 beside the row's 功能分类 2010101; 政府经济分类 50101): one row per row and
    classification, with the page and line where the code and its name are printed. The row's cells
    (stg_statement_lines) carry the table's own code.
#}
with

statement_line_codes as (

    select * from {{ seed_relation('statement_line_codes') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('table_no') }} as table_no,
        {{ as_integer('row_no') }} as row_no,
        {{ as_integer('side_no') }} as side_no,
        {{ as_text('code_system') }} as code_system,
        {{ as_text('subject_code') }} as subject_code,
        {{ as_integer('subject_code_page') }} as subject_code_page,
        {{ as_integer('subject_code_line') }} as subject_code_line,
        {{ as_text('subject_name') }} as subject_name,
        {{ as_integer('subject_name_page') }} as subject_name_page,
        {{ as_integer('subject_name_line') }} as subject_name_line
    from statement_line_codes

)

select * from typed
