{# Figures of the performance summary paragraph. #}
with

performance_summary as (

    select * from {{ seed_relation('performance_summary') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('figure_name') }} as figure_name,
        {{ as_text('unit') }} as unit,
        {{ as_number('value') }} as figure_value,
        {{ as_integer('value_page') }} as figure_value_page,
        {{ as_integer('value_line') }} as figure_value_line
    from performance_summary

)

select * from typed
