{# Figures printed a second time, each tied to the transcribed value it repeats. #}
with

restated_figures as (

    select * from {{ seed_relation('restated_figures') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('seed_name') }} as restated_seed_name,
        {{ as_text('row_key') }} as restated_row_key,
        {{ as_text('column_name') }} as restated_column_name,
        {{ as_number('value') }} as restated_value,
        {{ as_integer('value_page') }} as restated_value_page,
        {{ as_integer('value_line') }} as restated_value_line
    from restated_figures

)

select * from typed
