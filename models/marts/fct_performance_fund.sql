{# One row per funding row of every self-evaluation table, department-level and project, as printed. #}
with

performance_funds_classified as (

    select * from {{ ref('int_performance_funds_classified') }}

),

final as (

    select
        {{ dbt.concat([
            as_text('report_id'), "'-'", as_text('evaluation_no'), "'-'", as_text('fund_ordinal')
        ]) }} as performance_fund_id,
        {# Exactly one of the two table keys is set, by the table's level. #}
        case
            when evaluation_level = 'project'
                then {{ dbt.concat([as_text('report_id'), "'-'", as_text('evaluation_no')]) }}
        end as performance_project_id,
        case
            when evaluation_level = 'department'
                then {{ dbt.concat([as_text('report_id'), "'-'", as_text('evaluation_no')]) }}
        end as performance_department_id,
        report_id,
        evaluation_no,
        evaluation_level,
        fund_ordinal,
        fund_source,
        fund_source_code,
        initial_budget_wan_yuan,
        initial_budget_wan_yuan_page,
        initial_budget_wan_yuan_line,
        full_year_budget_wan_yuan,
        full_year_budget_wan_yuan_page,
        full_year_budget_wan_yuan_line,
        executed_wan_yuan,
        executed_wan_yuan_page,
        executed_wan_yuan_line,
        weight,
        weight_page,
        weight_line,
        execution_rate_pct,
        execution_rate_pct_page,
        execution_rate_pct_line,
        score,
        score_page,
        score_line
    from performance_funds_classified

)

select * from final
