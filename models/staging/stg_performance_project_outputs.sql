{# The outputs a project paragraph enumerates (一是…126 例；二是…100%), one row each (Tongcheng). #}
with

performance_project_outputs as (

    select * from {{ seed_relation('performance_project_outputs') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('paragraph_no') }} as paragraph_no,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('output_name') }} as output_name,
        {{ as_integer('output_name_page') }} as output_name_page,
        {{ as_integer('output_name_line') }} as output_name_line,
        {{ as_number('value') }} as output_value,
        {{ as_integer('value_page') }} as output_value_page,
        {{ as_integer('value_line') }} as output_value_line,
        {{ as_text('unit') }} as output_unit
    from performance_project_outputs

)

select * from typed
