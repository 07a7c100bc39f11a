{# Numbered annual goals of a self-evaluation table, with their weights. #}
with

performance_goals as (

    select * from {{ seed_relation('performance_goals') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('evaluation_no') }} as evaluation_no,
        {{ as_integer('goal_no') }} as goal_no,
        {{ as_text('goal_text') }} as goal_text,
        {{ as_integer('goal_text_page') }} as goal_text_page,
        {{ as_integer('goal_text_line') }} as goal_text_line,
        {{ as_number('weight') }} as weight,
        {{ as_integer('weight_page') }} as weight_page,
        {{ as_integer('weight_line') }} as weight_line
    from performance_goals

)

select * from typed
