{# Numbered project paragraphs of the performance section (Tongcheng). #}
with

performance_project_paragraphs as (

    select * from {{ seed_relation('performance_project_paragraphs') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('project_name') }} as project_name,
        {{ as_integer('project_name_page') }} as project_name_page,
        {{ as_integer('project_name_line') }} as project_name_line,
        {{ as_number('budget_wan_yuan') }} as budget_wan_yuan,
        {{ as_integer('budget_wan_yuan_page') }} as budget_wan_yuan_page,
        {{ as_integer('budget_wan_yuan_line') }} as budget_wan_yuan_line,
        {{ as_number('executed_wan_yuan') }} as executed_wan_yuan,
        {{ as_integer('executed_wan_yuan_page') }} as executed_wan_yuan_page,
        {{ as_integer('executed_wan_yuan_line') }} as executed_wan_yuan_line,
        {{ as_number('completion_pct') }} as completion_pct,
        {{ as_integer('completion_pct_page') }} as completion_pct_page,
        {{ as_integer('completion_pct_line') }} as completion_pct_line,
        {{ as_text('outputs') }} as outputs,
        {{ as_integer('outputs_page') }} as outputs_page,
        {{ as_integer('outputs_line') }} as outputs_line,
        {{ as_text('problems') }} as problems,
        {{ as_integer('problems_page') }} as problems_page,
        {{ as_integer('problems_line') }} as problems_line,
        {{ as_text('next_steps') }} as next_steps,
        {{ as_integer('next_steps_page') }} as next_steps_page,
        {{ as_integer('next_steps_line') }} as next_steps_line
    from performance_project_paragraphs

)

select * from typed
