{#
    One row per department-level overall self-evaluation table (部门（单位）整体支出绩效自评表):
    its header, goals and score, its funding total, and counts over its goals and indicators.
    The funding rows themselves, by source as printed, are in fct_performance_fund.
#}
with

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

performance_funds_classified as (

    select * from {{ ref('int_performance_funds_classified') }}

),

performance_goals as (

    select * from {{ ref('stg_performance_goals') }}

),

performance_indicators as (

    select * from {{ ref('stg_performance_indicators') }}

),

department_tables as (

    select * from performance_evaluations
    where evaluation_level = 'department'

),

department_funds as (

    select * from performance_funds_classified
    where evaluation_level = 'department'

),

fund_totals as (

    {#
        The total row (合计, or 部门整体支出总额 where it is the only row) and the row printing
        the score weight (分值权重), its execution rate and score: Changji prints these three
        once, on its first row (中央安排), for the whole table. Each is at most one row per
        table (tests on fct_performance_fund).
    #}
    select
        report_id,
        evaluation_no,
        {{ as_integer('count(*)') }} as fund_row_count,
        max(case when fund_source_code = 'total' then initial_budget_wan_yuan end)
            as total_initial_budget_wan_yuan,
        max(case when fund_source_code = 'total' then initial_budget_wan_yuan_page end)
            as total_initial_budget_wan_yuan_page,
        max(case when fund_source_code = 'total' then initial_budget_wan_yuan_line end)
            as total_initial_budget_wan_yuan_line,
        max(case when fund_source_code = 'total' then full_year_budget_wan_yuan end)
            as total_full_year_budget_wan_yuan,
        max(case when fund_source_code = 'total' then full_year_budget_wan_yuan_page end)
            as total_full_year_budget_wan_yuan_page,
        max(case when fund_source_code = 'total' then full_year_budget_wan_yuan_line end)
            as total_full_year_budget_wan_yuan_line,
        max(case when fund_source_code = 'total' then executed_wan_yuan end) as total_executed_wan_yuan,
        max(case when fund_source_code = 'total' then executed_wan_yuan_page end) as total_executed_wan_yuan_page,
        max(case when fund_source_code = 'total' then executed_wan_yuan_line end) as total_executed_wan_yuan_line,
        max(case when fund_source_code = 'total' then execution_rate_pct end) as total_execution_rate_pct,
        max(case when fund_source_code = 'total' then execution_rate_pct_page end) as total_execution_rate_pct_page,
        max(case when fund_source_code = 'total' then execution_rate_pct_line end) as total_execution_rate_pct_line,
        max(weight) as execution_weight,
        max(weight_page) as execution_weight_page,
        max(weight_line) as execution_weight_line,
        max(case when weight is not null then execution_rate_pct end) as execution_rate_pct,
        max(case when weight is not null then execution_rate_pct_page end) as execution_rate_pct_page,
        max(case when weight is not null then execution_rate_pct_line end) as execution_rate_pct_line,
        max(score) as execution_score,
        max(score_page) as execution_score_page,
        max(score_line) as execution_score_line
    from department_funds
    group by
        report_id,
        evaluation_no

),

goal_totals as (

    select
        report_id,
        evaluation_no,
        {{ as_integer('count(*)') }} as goal_count,
        {{ as_number('sum(weight)') }} as goal_weight_sum
    from performance_goals
    group by
        report_id,
        evaluation_no

),

indicator_totals as (

    select
        report_id,
        evaluation_no,
        {{ as_integer('count(*)') }} as indicator_count,
        {{ as_number('sum(weight)') }} as indicator_weight_sum,
        {{ as_number('sum(score)') }} as indicator_score_sum
    from performance_indicators
    group by
        report_id,
        evaluation_no

),

final as (

    select
        {{ dbt.concat([as_text('department_tables.report_id'), "'-'", as_text('department_tables.evaluation_no')]) }}
            as performance_department_id,
        department_tables.report_id,
        department_tables.evaluation_no,
        department_tables.title,
        department_tables.title_page,
        department_tables.title_line,
        {# The department table prints the unit's name where a project table prints the project's. #}
        department_tables.project_name as unit_name,
        department_tables.project_name_page as unit_name_page,
        department_tables.project_name_line as unit_name_line,
        department_tables.disclosure_template as evaluation_template,
        department_tables.fill_date,
        department_tables.fill_date_page,
        department_tables.fill_date_line,
        coalesce(fund_totals.fund_row_count, 0) as fund_row_count,
        fund_totals.total_initial_budget_wan_yuan,
        fund_totals.total_initial_budget_wan_yuan_page,
        fund_totals.total_initial_budget_wan_yuan_line,
        fund_totals.total_full_year_budget_wan_yuan,
        fund_totals.total_full_year_budget_wan_yuan_page,
        fund_totals.total_full_year_budget_wan_yuan_line,
        fund_totals.total_executed_wan_yuan,
        fund_totals.total_executed_wan_yuan_page,
        fund_totals.total_executed_wan_yuan_line,
        fund_totals.total_execution_rate_pct,
        fund_totals.total_execution_rate_pct_page,
        fund_totals.total_execution_rate_pct_line,
        fund_totals.execution_weight,
        fund_totals.execution_weight_page,
        fund_totals.execution_weight_line,
        fund_totals.execution_rate_pct,
        fund_totals.execution_rate_pct_page,
        fund_totals.execution_rate_pct_line,
        fund_totals.execution_score,
        fund_totals.execution_score_page,
        fund_totals.execution_score_line,
        department_tables.goal_expected,
        department_tables.goal_expected_page,
        department_tables.goal_expected_line,
        department_tables.goal_actual,
        department_tables.goal_actual_page,
        department_tables.goal_actual_line,
        department_tables.deviation_analysis,
        department_tables.deviation_analysis_page,
        department_tables.deviation_analysis_line,
        department_tables.improvement_plan,
        department_tables.improvement_plan_page,
        department_tables.improvement_plan_line,
        department_tables.total_score,
        department_tables.total_score_page,
        department_tables.total_score_line,
        coalesce(goal_totals.goal_count, 0) as goal_count,
        goal_totals.goal_weight_sum,
        coalesce(indicator_totals.indicator_count, 0) as indicator_count,
        indicator_totals.indicator_weight_sum,
        indicator_totals.indicator_score_sum
    from department_tables
    left join fund_totals
        on
            department_tables.report_id = fund_totals.report_id
            and department_tables.evaluation_no = fund_totals.evaluation_no
    left join goal_totals
        on
            department_tables.report_id = goal_totals.report_id
            and department_tables.evaluation_no = goal_totals.evaluation_no
    left join indicator_totals
        on
            department_tables.report_id = indicator_totals.report_id
            and department_tables.evaluation_no = indicator_totals.evaluation_no

)

select * from final
