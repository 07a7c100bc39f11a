{# Figures of the unit overview (staff counts, number of divisions and budget units). #}
with

unit_overview_figures as (

    select * from {{ seed_relation('unit_overview_figures') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('figure_name') }} as figure_name,
        {{ as_text('unit') }} as unit,
        {{ as_number('value') }} as figure_value,
        {{ as_integer('value_page') }} as figure_value_page,
        {{ as_integer('value_line') }} as figure_value_line
    from unit_overview_figures

)

select * from typed
