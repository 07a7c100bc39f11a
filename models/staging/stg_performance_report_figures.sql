{# Figures printed in the narrative self-evaluation reports (Tongcheng), one row per figure. #}
with

performance_report_figures as (

    select * from {{ seed_relation('performance_report_figures') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('report_section') }} as report_section,
        {{ as_text('section_title') }} as section_title,
        {{ as_integer('section_title_page') }} as section_title_page,
        {{ as_integer('section_title_line') }} as section_title_line,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('figure_name') }} as figure_name,
        {{ as_text('unit') }} as unit,
        {{ as_number('value') }} as figure_value,
        {{ as_integer('value_page') }} as figure_value_page,
        {{ as_integer('value_line') }} as figure_value_line,
        {{ as_text('context') }} as context,
        {{ as_integer('context_page') }} as context_page,
        {{ as_integer('context_line') }} as context_line
    from performance_report_figures

)

select * from typed
