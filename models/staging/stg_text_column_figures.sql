{# The figures printed inside a text column of another seed (实际完成情况, 偏差原因, 主要原因), one row each. #}
with

text_column_figures as (

    select * from {{ seed_relation('text_column_figures') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('seed_name') }} as source_seed,
        {{ as_text('row_key') }} as source_row_key,
        {{ as_text('column_name') }} as source_column,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('figure_name') }} as figure_name,
        {{ as_number('value') }} as figure_value,
        {{ as_integer('value_page') }} as figure_value_page,
        {{ as_integer('value_line') }} as figure_value_line,
        {{ as_text('unit') }} as figure_unit,
        {{ as_text('context') }} as context,
        {{ as_integer('context_page') }} as context_page,
        {{ as_integer('context_line') }} as context_line
    from text_column_figures

)

select * from typed
