{# Funding rows of the self-evaluation tables. #}
with

performance_funds as (

    select * from {{ seed_relation('performance_funds') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('evaluation_no') }} as evaluation_no,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('fund_source') }} as fund_source,
        {{ as_number('initial_budget_wan_yuan') }} as initial_budget_wan_yuan,
        {{ as_integer('initial_budget_wan_yuan_page') }} as initial_budget_wan_yuan_page,
        {{ as_integer('initial_budget_wan_yuan_line') }} as initial_budget_wan_yuan_line,
        {{ as_number('full_year_budget_wan_yuan') }} as full_year_budget_wan_yuan,
        {{ as_integer('full_year_budget_wan_yuan_page') }} as full_year_budget_wan_yuan_page,
        {{ as_integer('full_year_budget_wan_yuan_line') }} as full_year_budget_wan_yuan_line,
        {{ as_number('executed_wan_yuan') }} as executed_wan_yuan,
        {{ as_integer('executed_wan_yuan_page') }} as executed_wan_yuan_page,
        {{ as_integer('executed_wan_yuan_line') }} as executed_wan_yuan_line,
        {{ as_number('weight') }} as weight,
        {{ as_integer('weight_page') }} as weight_page,
        {{ as_integer('weight_line') }} as weight_line,
        {{ as_number('execution_rate_pct') }} as execution_rate_pct,
        {{ as_integer('execution_rate_pct_page') }} as execution_rate_pct_page,
        {{ as_integer('execution_rate_pct_line') }} as execution_rate_pct_line,
        {{ as_number('score') }} as score,
        {{ as_integer('score_page') }} as score_page,
        {{ as_integer('score_line') }} as score_line
    from performance_funds

)

select * from typed
