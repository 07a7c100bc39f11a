{#
    Every cell of the statement tables read from the PDF reports, one row each: the table, the
    row (its label and classification code as printed), the column, the text as printed and
    its number (without thousands separators), the unit printed above the table, and the page
    and line of the text rendering where the number is printed. A dash keeps its text and has
    no number.
#}
with

statement_lines as (

    select * from {{ seed_relation('statement_lines') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('table_no') }} as table_no,
        {{ as_integer('row_no') }} as row_no,
        {{ as_integer('side_no') }} as side_no,
        {{ as_text('column_name') }} as column_name,
        {{ as_text('row_label') }} as row_label,
        {{ as_integer('row_label_page') }} as row_label_page,
        {{ as_integer('row_label_line') }} as row_label_line,
        {{ as_text('line_item') }} as line_item,
        {{ as_text('subject_code') }} as subject_code,
        {{ as_text('printed_text') }} as printed_text,
        {{ as_precise_number('value') }} as printed_amount,
        {{ as_text('printed_unit') }} as printed_unit,
        {{ as_integer('value_page') }} as source_page,
        {{ as_integer('value_line') }} as source_line,
        case
            when {{ dbt.position("'.'", 'value') }} > 0
                then {{ dbt.length('value') }} - {{ dbt.position("'.'", 'value') }}
            when value is not null then 0
        end as printed_decimals
    from statement_lines

)

select * from typed
